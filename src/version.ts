// The version line, in its own tiny module: `softsec --version` prints it without loading commander.
declare const __VERSION__: string;
declare const __DATA_AS_OF__: string;

export const VERSION = `${__VERSION__} (dataset as of ${__DATA_AS_OF__})`;
