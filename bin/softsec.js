#!/usr/bin/env node
import module from 'node:module';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The most common scripted call: answer it without loading the command-line parser.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // Node 22+ can cache compiled code between runs; on Node 20 this is a no-op.
  module.enableCompileCache?.();
  const { main } = await import('../dist/cli.js');
  await main();
}
