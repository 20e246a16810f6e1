// Command-line wiring: declarations and help only. Each command's code, the data and the heavy
// libraries load when that command runs, so `--version` and `--help` stay at Node's floor.
import { Command, CommanderError, Option } from 'commander';
import { makeContext, type Context, type GlobalOptions, type IO } from './context.js';
import { BadDataset, EXIT, SoftsecError } from './errors.js';
import { escapeControls } from './query/text.js';
import { VERSION } from './version.js';

const EXAMPLES = `
Examples:
  softsec state CA                      profile of California, with sources
  softsec search sanctuary              fuzzy search across every record
  softsec cite 7                        reference 7 in full
  softsec state TX --json | jq .actions one state's actions as JSON
  softsec actions --topic firearms --status struck-down
  softsec map --topic cannabis          a tile map in the terminal
  softsec fiscal                        donor states, as a bar chart

Exit codes: 0 ok · 1 not found or bad value · 2 usage error · 3 internal error
Environment: NO_COLOR, FORCE_COLOR, COLUMNS, SOFTSEC_DATA (a dataset folder), SOFTSEC_CACHE_DIR,
  DEBUG (stack traces)`;

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
      // commander echoes the unknown command or option as typed: never send a raw escape sequence.
      outputError: (s, write) => write(escapeControls(s.replace(/^error: /, 'softsec: '))),
    });

  const json = () => new Option('--json [fields]', 'print one JSON document on stdout; optionally only these comma-separated fields');
  const usageHint = (usage: string, example: string) => `Usage: softsec ${usage}\nExample: ${example}\nRun 'softsec ${usage.split(' ')[0]} --help' for more.`;
  const filterOptions = (cmd: Command) =>
    cmd
      .option('-s, --state <state>', 'only this state (code or name)')
      .option('-t, --topic <topic>', 'only this topic (see `softsec topics`)')
      .option('--level <level>', 'state, county, city, court, territory or multistate')
      .option('--kind <kind>', 'law, executive-order, court-order, resolution, ballot-measure, lawsuit, policy or alliance')
      .option('--status <status>', 'in-effect, blocked, struck-down, repealed, expired or proposed')
      .option('--lean <lean>', 'blue, red or bipartisan')
      .option('--since <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
      .option('--until <date>', 'on or before this date');

  program
    .command('state')
    .description('profile of one state, district or territory: facts, actions, alliances, references')
    .argument('<code-or-name...>', 'USPS code or name, any case: CA, ca, California, "new york"')
    .addOption(json())
    .addHelpText('after', examples(['softsec state CA', 'softsec state "new york"', 'softsec state tx --json | jq .actions', 'softsec state CA --json code,name,governor']))
    .showHelpAfterError(usageHint('state <code-or-name>', 'softsec state CA'))
    .action(async (words: string[], options) => {
      const { runState } = await import('./commands/state.js');
      await runState(ctx(), words, options);
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
    .command('cite')
    .description('print references, numbered; all of them (or one state\'s) when no number is given')
    .argument('[n...]', 'reference numbers, e.g. 7 or 1 14 15')
    .option('-f, --format <format>', 'text, apa, mla, chicago, bibtex, csl-json or markdown', 'text')
    .option('-s, --state <state>', 'the references behind one state\'s profile')
    .addOption(json())
    .addHelpText('after', examples(['softsec cite 7', 'softsec cite 14 15 --format apa', 'softsec cite 7 --format bibtex > refs.bib', 'softsec cite --state CA --format csl-json > ca.json', 'softsec cite --json | jq ".[].URL"']))
    .action(async (numbers: string[], options) => {
      const { runCite } = await import('./commands/cite.js');
      await runCite(ctx(), numbers, options);
    });

  filterOptions(program.command('actions'))
    .description('list actions, oldest first; filters combine')
    .addOption(json())
    .addHelpText('after', examples(['softsec actions --state TX', 'softsec actions --topic firearms --status struck-down', 'softsec actions --level city --since 2025', 'softsec actions --lean red --json id,title,date']))
    .action(async (options) => {
      const { runActions } = await import('./commands/actions.js');
      await runActions(ctx(), options);
    });

  program
    .command('action')
    .description('one action in full, with its references')
    .argument('<id>', 'the action id, as `softsec actions` or `softsec search` shows it')
    .addOption(json())
    .addHelpText('after', examples(['softsec action ca-sb54-california-values-act', 'softsec action chicago-ice-free-zone-eo-2025 --json']))
    .showHelpAfterError(usageHint('action <id>', 'softsec action ca-sb54-california-values-act'))
    .action(async (id: string, options) => {
      const { runAction } = await import('./commands/actions.js');
      await runAction(ctx(), id, options);
    });

  program
    .command('states')
    .description('all 56 jurisdictions in one table: 2024 winner, actions per topic, balance of payments')
    .option('--sort <column>', 'code, name, type, winner, actions, balance, or a topic', 'code')
    .option('--reverse', 'reverse the sort order')
    .option('-t, --topic <topic>', 'only jurisdictions with actions on this topic')
    .addOption(json())
    .addHelpText('after', examples(['softsec states', 'softsec states --sort actions', 'softsec states --topic firearms --sort firearms', 'softsec states --json code,actions']))
    .action(async (options) => {
      const { runStates } = await import('./commands/states.js');
      await runStates(ctx(), options);
    });

  program
    .command('alliances')
    .description('multi-state alliances, oldest first')
    .addOption(json())
    .addHelpText('after', examples(['softsec alliances', 'softsec alliances --json id,name,members']))
    .action(async (options) => {
      const { runAlliances } = await import('./commands/alliances.js');
      await runAlliances(ctx(), options);
    });

  program
    .command('alliance')
    .description('one alliance: members, date, purpose, references')
    .argument('<id-or-name...>', 'alliance id or name')
    .addOption(json())
    .addHelpText('after', examples(['softsec alliance governors-public-health-alliance', 'softsec alliance "west coast health alliance"']))
    .showHelpAfterError(usageHint('alliance <id-or-name>', 'softsec alliance governors-public-health-alliance'))
    .action(async (words: string[], options) => {
      const { runAlliance } = await import('./commands/alliances.js');
      await runAlliance(ctx(), words, options);
    });

  program
    .command('topics')
    .description('the topics, with counts by lean')
    .addOption(json())
    .addHelpText('after', examples(['softsec topics', 'softsec topics --json id,actions']))
    .action(async (options) => {
      const { runTopics } = await import('./commands/topics.js');
      await runTopics(ctx(), options);
    });

  program
    .command('topic')
    .description('one topic: the federal authority at stake, key court cases, counts, most active states')
    .argument('<topic>', 'a topic id, e.g. immigration')
    .addOption(json())
    .addHelpText('after', examples(['softsec topic firearms', 'softsec topic immigration --json']))
    .showHelpAfterError(usageHint('topic <topic>', 'softsec topic firearms'))
    .action(async (id: string, options) => {
      const { runTopic } = await import('./commands/topics.js');
      await runTopic(ctx(), id, options);
    });

  program
    .command('compare')
    .description('two or more jurisdictions side by side, topic by topic')
    .argument('<state...>', 'two or more codes or names')
    .addOption(json())
    .addHelpText('after', examples(['softsec compare CA TX', 'softsec compare IL MO "new york" --json']))
    .showHelpAfterError(usageHint('compare <state> <state> [...]', 'softsec compare CA TX'))
    .action(async (inputs: string[], options) => {
      const { runCompare } = await import('./commands/compare.js');
      await runCompare(ctx(), inputs, options);
    });

  program
    .command('timeline')
    .description('actions in date order, grouped by year')
    .option('-t, --topic <topic>', 'only this topic')
    .option('-s, --state <state>', 'only this state')
    .option('--since <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'on or before this date')
    .addOption(json())
    .addHelpText('after', examples(['softsec timeline --topic policing', 'softsec timeline --state IL --since 2025', 'softsec timeline --topic history --json']))
    .action(async (options) => {
      const { runTimeline } = await import('./commands/timeline.js');
      await runTimeline(ctx(), options);
    });

  program
    .command('fiscal')
    .description('federal balance of payments ranked, as a bar chart; donor states marked')
    .option('--source <name>', 'pick the series by publisher, e.g. rockefeller, comptroller, usafacts')
    .option('--year <fy>', 'pick the series by fiscal year, e.g. 2022')
    .addOption(json())
    .addHelpText('after', examples(['softsec fiscal', 'softsec fiscal --source rockefeller --year 2022', 'softsec fiscal --json | jq .rows']))
    .action(async (options) => {
      const { runFiscal } = await import('./commands/fiscal.js');
      await runFiscal(ctx(), options);
    });

  program
    .command('map')
    .description('a US tile-grid map colored by topic, alliance or balance of payments; --svg writes it as SVG')
    .option('-t, --topic <topic>', 'states with actions on a topic, by lean')
    .option('-a, --alliance <id>', 'members of an alliance')
    .option('--fiscal', 'donor and receiving states (with --source, --year)')
    .option('--source <name>', 'balance-of-payments series publisher, with --fiscal')
    .option('--year <fy>', 'balance-of-payments fiscal year, with --fiscal')
    .option('--svg <file>', 'write the map as a standalone SVG file (- for stdout)')
    .addOption(json())
    .addHelpText('after', examples(['softsec map --topic cannabis', 'softsec map --alliance governors-public-health-alliance', 'softsec map --fiscal', 'softsec map --topic firearms --svg firearms.svg']))
    .action(async (options) => {
      const { runMap } = await import('./commands/map.js');
      await runMap(ctx(), options);
    });

  program
    .command('export')
    .description('the whole dataset for spreadsheets and pipelines')
    .option('-f, --format <format>', 'json, ndjson or csv', 'json')
    .option('-e, --entity <entity>', 'only actions, states, alliances or references (required for csv)')
    .addHelpText('after', examples(['softsec export > softsec.json', 'softsec export --format csv --entity actions > actions.csv', 'softsec export --format ndjson | head']))
    .action(async (options) => {
      const { runExport } = await import('./commands/export.js');
      await runExport(ctx(), options);
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

  program
    .command('completion')
    .description('print a shell completion script (commands, options, states, topics, alliances)')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples(['softsec completion bash > /etc/bash_completion.d/softsec', 'softsec completion zsh > ~/.zfunc/_softsec', 'softsec completion fish > ~/.config/fish/completions/softsec.fish']))
    .showHelpAfterError(usageHint('completion <shell>', 'softsec completion bash'))
    .action(async (shell: string) => {
      const { runCompletion } = await import('./commands/completion.js');
      await runCompletion(ctx(), shell, program);
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

const MAX_PROBLEMS = 50;

export function handleError(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const debug = Boolean(io.terminal.env.DEBUG);
  if (error instanceof SoftsecError) {
    io.stderr(`softsec: ${escapeControls(error.message)}\n`);
    if (error instanceof BadDataset) {
      const shown = error.problems.slice(0, MAX_PROBLEMS);
      for (const p of shown) io.stderr(`  ${escapeControls([p.file, p.id, p.field].filter((x) => x !== undefined).join(' › '))}: ${escapeControls(p.message)}\n`);
      if (error.problems.length > shown.length) io.stderr(`  … and ${error.problems.length - shown.length} more (softsec validate <dir> --json lists them all)\n`);
    }
    if (debug) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`softsec: internal error: ${escapeControls(message)}${debug ? '' : ' (set DEBUG=1 for a stack trace)'}\n`);
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
