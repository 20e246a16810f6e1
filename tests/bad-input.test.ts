// Nothing a user types makes softsec crash or lie: one clear line on stderr, the right exit code
// (1 bad value or not found, 2 usage), no stack trace, no raw escape sequence, nothing on stdout.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const ESC = '\u001b';
const BIG = 'x'.repeat(120_000); // about the largest single argument Linux passes (MAX_ARG_STRLEN 128 KiB)

type Case = [string, string[], number, RegExp];

const CASES: Case[] = [
  // unknown commands and options, missing arguments: usage errors (2)
  ['unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/],
  ['misspelled command', ['serch', 'x'], 2, /Did you mean search\?/],
  ['unknown global option', ['--frob'], 2, /unknown option '--frob'/],
  ['unknown command option', ['state', 'CA', '--frob'], 2, /unknown option '--frob'/],
  ['misspelled option', ['actions', '--stat', 'CA'], 2, /Did you mean --state\?/],
  ['state without argument', ['state'], 2, /missing required argument 'code-or-name'/],
  ['search without argument', ['search'], 2, /missing required argument 'query'/],
  ['action without argument', ['action'], 2, /missing required argument 'id'/],
  ['alliance without argument', ['alliance'], 2, /missing required argument/],
  ['topic without argument', ['topic'], 2, /missing required argument 'topic'/],
  ['compare without argument', ['compare'], 2, /missing required argument/],
  ['completion without shell', ['completion'], 2, /missing required argument 'shell'/],
  ['option without its value', ['search', 'x', '--limit'], 2, /option '-n, --limit <n>' argument missing/],
  ['--data without a folder', ['--data'], 2, /argument missing/],
  ['too many arguments', ['topic', 'fiscal', 'extra'], 2, /too many arguments/],
  ['escape sequence as a command', ['\u001b[31mred'], 2, /unknown command '\\u001b\[31mred'/],

  // empty, blank, huge and strange values: bad values (1)
  ['empty state', ['state', ''], 1, /state must not be empty/],
  ['whitespace state', ['state', '   '], 1, /state must not be empty/],
  ['tab-only state', ['state', '\t'], 1, /state must not be empty/],
  ['1 MB-class state name', ['state', BIG], 1, /unknown state 'x{60}…'/],
  ['emoji state', ['state', '🗽'], 1, /unknown state '🗽'/],
  ['right-to-left state', ['state', 'كاليفورنيا'], 1, /unknown state 'كاليفورنيا'/],
  ['bidi override in state', ['state', 'CA\u202eXT'], 1, /\\u202e/],
  ['escape sequence in state', ['state', '\u001b[2J\u001b[H'], 1, /\\u001b\[2J\\u001b\[H/],
  ['newline in state is read as a space', ['state', 'New\nYork'], 0, /^$/],
  ['NUL-free control in state', ['state', 'Te\u0007xas'], 1, /\\u0007/],
  ['misspelled state', ['state', 'Califrnia'], 1, /did you mean California \(CA\)\?/],
  ['unknown code', ['state', 'ZZ'], 1, /unknown state 'ZZ'/],
  ['empty search', ['search', ''], 1, /must not be empty/],
  ['blank search', ['search', ' ', '  '], 1, /must not be empty/],
  ['huge search', ['search', BIG], 1, /the limit is 200/],
  ['search with escape sequence finds nothing or something, safely', ['search', '\u001b]0;pwned\u0007'], 0, /no match for '\\u001b\]0;pwned\\u0007'|^$/],
  ['cite -1', ['cite', '-1'], 1, /'-1' is not a whole number — use 1 to \d+/],
  ['cite 0', ['cite', '0'], 1, /no reference 0 — references are numbered 1 to \d+/],
  ['cite 7abc', ['cite', '7abc'], 1, /'7abc' is not a whole number/],
  ['cite 1e309', ['cite', '1e309'], 1, /'1e309' is not a whole number/],
  ['cite 1.5', ['cite', '1.5'], 1, /'1\.5' is not a whole number/],
  ['cite huge number', ['cite', '99999999999999999999'], 1, /is not a whole number/],
  ['cite empty', ['cite', ''], 1, /'' is not a whole number/],
  ['cite emoji', ['cite', '7️⃣'], 1, /is not a whole number/],
  ['cite beyond the end', ['cite', '100000'], 1, /no reference 100000/],
  ['cite with a bad format', ['cite', '7', '--format', 'harvard'], 1, /--format 'harvard' is not valid/],
  ['--limit -5', ['search', 'x', '--limit', '-5'], 1, /--limit '-5' must be a whole number of at least 1/],
  ['--limit 0', ['search', 'x', '--limit', '0'], 1, /at least 1/],
  ['--limit abc', ['search', 'x', '--limit', 'abc'], 1, /--limit 'abc'/],
  ['--limit 1e3', ['search', 'x', '--limit', '1e3'], 1, /--limit '1e3'/],
  ['--type unknown', ['search', 'x', '--type', 'people'], 1, /--type 'people' is not valid/],
  ['--since 2025-13-45', ['actions', '--since', '2025-13-45'], 1, /--since '2025-13-45' is not a date/],
  ['--since 2025-02-30', ['actions', '--since', '2025-02-30'], 1, /is not a date/],
  ['--since words', ['actions', '--since', 'last year'], 1, /is not a date/],
  ['--until empty', ['actions', '--until', ''], 1, /--until '' is not a date/],
  ['--since after --until', ['actions', '--since', '2025-06', '--until', '2025-01-01'], 1, /after --until/],
  ['timeline --since after --until', ['timeline', '--since', '2020', '--until', '2019'], 1, /after --until/],
  ['--topic unknown', ['actions', '--topic', 'weather'], 1, /--topic 'weather' is not valid — use one of/],
  ['--status unknown', ['actions', '--status', 'pending'], 1, /--status 'pending' is not valid/],
  ['--lean unknown', ['actions', '--lean', 'purple'], 1, /--lean 'purple' is not valid/],
  ['--kind unknown', ['actions', '--kind', 'decree'], 1, /--kind 'decree' is not valid/],
  ['--state unknown in a filter', ['actions', '--state', 'Atlantis'], 1, /unknown state 'Atlantis'/],
  ['unknown action', ['action', 'no-such-thing'], 1, /unknown action 'no-such-thing'/],
  ['unknown alliance', ['alliance', 'league of nations'], 1, /unknown alliance 'league of nations'/],
  ['unknown topic', ['topic', 'weather'], 1, /topic 'weather' is not valid/],
  ['compare one state', ['compare', 'CA'], 1, /at least two states/],
  ['compare the same state twice', ['compare', 'CA', 'California'], 1, /CA is given twice/],
  ['compare with an unknown state', ['compare', 'CA', 'Narnia'], 1, /unknown state 'Narnia'/],
  ['states sort unknown', ['states', '--sort', 'size'], 1, /--sort 'size' is not valid/],
  ['fiscal unknown source', ['fiscal', '--source', 'nobody'], 1, /no balance-of-payments series matches/],
  ['map without a mode', ['map'], 1, /exactly one of/],
  ['map with two modes', ['map', '--topic', 'cannabis', '--alliance', 'x'], 1, /exactly one of/],
  ['map unknown alliance', ['map', '--alliance', 'nato'], 1, /unknown alliance 'nato'/],
  ['map --svg to a folder that does not exist', ['map', '--topic', 'cannabis', '--svg', '/nonexistent/dir/map.svg'], 1, /cannot write --svg/],
  ['export unknown format', ['export', '--format', 'xml'], 1, /--format 'xml' is not valid — use one of: json, ndjson, csv/],
  ['export unknown entity', ['export', '--entity', 'people'], 1, /--entity 'people' is not valid/],
  ['export csv without entity', ['export', '--format', 'csv'], 1, /needs --entity/],
  ['unknown --json field', ['state', 'CA', '--json', 'code,colour'], 1, /unknown JSON field 'colour' — available fields: .*code/],
  ['empty --json field list', ['state', 'CA', '--json', ','], 1, /names no field/],
  ['completion for an unknown shell', ['completion', 'tcsh'], 1, /use one of: bash, zsh, fish/],
  ['--data folder that does not exist', ['--data', '/nonexistent/softsec-data', 'state', 'CA'], 1, /references\.json: file not found/],
  ['validate a folder that does not exist', ['validate', '/nonexistent/softsec-data'], 1, /has 4 problems/],
];

describe(`bad input (${CASES.length} cases)`, () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES)('%s', async (_name, argv, code, message) => {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    if (code !== 0) expect(r.stdout).toBe('');
    // One clear line (commander adds a suggestion or usage lines for usage errors).
    if (code === 1) expect(r.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(argv[0] === 'validate' || argv[0] === '--data' ? 6 : 1);
  });

  it('DEBUG adds a stack trace, only then', async () => {
    const r = await runCli(['state', 'ZZ'], { DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
