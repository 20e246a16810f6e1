// Command-line wiring: declarations and help only. Each command's code, the data and the heavy
// libraries load when that command runs, so `--version` and `--help` stay at Node's floor.
import { Command, CommanderError, Option } from 'commander';
import { makeContext, type Context, type GlobalOptions, type IO } from './context.js';
import { EXIT, SoftsecError } from './errors.js';

declare const __VERSION__: string;
declare const __DATA_AS_OF__: string;

export const VERSION = `${__VERSION__} (dataset as of ${__DATA_AS_OF__})`;

const EXAMPLES = `
Examples:
  softsec state CA                      profile of California, with sources
  softsec state "new york" --json       the same as JSON
  softsec search sanctuary              fuzzy search across every record
  softsec cite 7                        reference 7 in full
  softsec state TX --json | jq .actions

Exit codes: 0 ok · 1 not found or bad value · 2 usage error · 3 internal error
Environment: NO_COLOR, FORCE_COLOR, COLUMNS, SOFTSEC_DATA (a dataset folder), DEBUG (stack traces)`;

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

export function createProgram(io: IO): Command {
  const program = new Command('softsec');
  let context: Context | undefined;
  const ctx = () => (context ??= makeContext(io, program.opts<GlobalOptions>()));

  program
    .description('Soft secession in the US: who resists which federal authority, since when, on whose authority — with the source for every fact.')
    .version(VERSION, '-V, --version', 'print the version and the dataset as-of date')
    .option('--no-color', 'turn color off (also NO_COLOR=1)')
    .option('--data <dir>', 'use the dataset in <dir> instead of the bundled one (also SOFTSEC_DATA)')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'softsec: ')),
    });

  const json = () => new Option('--json', 'print one JSON document on stdout');
  const usageHint = (usage: string, example: string) => `Usage: softsec ${usage}\nExample: ${example}\nRun 'softsec ${usage.split(' ')[0]} --help' for more.`;

  program
    .command('state')
    .description('profile of one state, district or territory: facts, actions, alliances, references')
    .argument('<code-or-name...>', 'USPS code or name, any case: CA, ca, California, "new york"')
    .addOption(json())
    .addHelpText('after', examples(['softsec state CA', 'softsec state "new york"', 'softsec state tx --json | jq .actions']))
    .showHelpAfterError(usageHint('state <code-or-name>', 'softsec state CA'))
    .action(async (words: string[], options) => {
      const { runState } = await import('./commands/state.js');
      await runState(ctx(), words, options);
    });

  program
    .command('cite')
    .description('print references, numbered; all of them when no number is given')
    .argument('[n...]', 'reference numbers, e.g. 7 or 1 14 15')
    .addOption(json())
    .addHelpText('after', examples(['softsec cite 7', 'softsec cite 14 15', 'softsec cite --json | jq ".[].URL"']))
    .action(async (numbers: string[], options) => {
      const { runCite } = await import('./commands/cite.js');
      await runCite(ctx(), numbers, options);
    });

  program
    .command('search')
    .description('fuzzy search over actions, states, alliances and references, best match first')
    .argument('<query...>', 'words to look for; typos are fine')
    .option('-t, --type <type>', 'only one record type: action, state, alliance, reference')
    .option('-n, --limit <n>', 'show at most <n> results (table default 10, JSON default all)')
    .addOption(json())
    .addHelpText('after', examples(['softsec search sanctuary', 'softsec search shield law --type action', 'softsec search canabis --limit 5', 'softsec search sanctuary --json | jq length']))
    .showHelpAfterError(usageHint('search <query...>', 'softsec search sanctuary'))
    .action(async (words: string[], options) => {
      const { runSearch } = await import('./commands/search.js');
      await runSearch(ctx(), words, options);
    });

  program
    .command('validate')
    .description('check a dataset folder (schema, ids, references, state codes) and print its counts')
    .argument('[dir]', 'folder with references.json, states.json, actions.json, alliances.json (default: the bundled data)')
    .addOption(json())
    .addHelpText('after', examples(['softsec validate', 'softsec validate ./my-data', 'softsec validate ./my-data --json | jq .problems']))
    .action(async (dir: string | undefined, options) => {
      const { runValidate } = await import('./commands/validate.js');
      await runValidate(ctx(), dir, options);
    });

  return program;
}

/** Run one command line; returns the exit code. Never throws for a user's mistake. */
export async function run(argv: string[], io: IO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const debug = Boolean(io.terminal.env.DEBUG);
  if (error instanceof SoftsecError) {
    io.stderr(`softsec: ${error.message}\n`);
    const problems = (error as { problems?: { file: string; id?: unknown; field?: string; message: string }[] }).problems;
    for (const p of problems ?? []) io.stderr(`  ${[p.file, p.id, p.field].filter((x) => x !== undefined).join(' › ')}: ${p.message}\n`);
    if (debug) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`softsec: internal error: ${message}${debug ? '' : ' (set DEBUG=1 for a stack trace)'}\n`);
  if (debug && error instanceof Error) io.stderr(`${error.stack}\n`);
  return 3;
}

/** The process entry point used by bin/softsec.js. */
export async function main(): Promise<void> {
  // A reader that goes away (`softsec states | head -1`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const io: IO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    terminal: { isTTY: Boolean(process.stdout.isTTY), columns: process.stdout.columns, env: process.env },
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
