// cli-table3 does `require('string-width')` and calls the result: give it a function.
module.exports = require('./stringWidth.ts').default;
