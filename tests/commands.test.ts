// In-process command tests: the real commander program with fake streams.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const ESC = '\u001b[';

describe('softsec state', () => {
  it.each(['CA', 'ca', 'California', 'california', 'CALIFORNIA'])('finds California from %j', async (input) => {
    const r = await runCli(['state', input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^California \(CA\) · state · West · capital Sacramento/);
    expect(r.stderr).toBe('');
  });

  it('accepts a quoted or unquoted two-word name', async () => {
    expect((await runCli(['state', 'new york'])).stdout).toMatch(/^New York \(NY\)/);
    expect((await runCli(['state', 'new', 'york'])).stdout).toMatch(/^New York \(NY\)/);
  });

  it('shows actions, alliances and the references it cites', async () => {
    const { stdout } = await runCli(['state', 'CA']);
    expect(stdout).toMatch(/Actions \(\d+\)/);
    expect(stdout).toMatch(/Alliances \(\d+\)/);
    expect(stdout).toMatch(/\nReferences\n {2}\[\d+\] /);
    const cited = new Set([...stdout.split('\nReferences\n')[0]!.matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
    const listed = new Set([...stdout.split('\nReferences\n')[1]!.matchAll(/^ {2}\[(\d+)\]/gm)].map((m) => m[1]));
    expect([...cited].filter((n) => !listed.has(n))).toEqual([]);
  });

  it('labels the executive: governor for states, mayor for DC', async () => {
    expect((await runCli(['state', 'TX'])).stdout).toMatch(/\nGovernor {2}Greg Abbott \(R\)/);
    expect((await runCli(['state', 'DC'])).stdout).toMatch(/\nMayor {5}Muriel Bowser \(D\)/);
  });

  it('suggests the closest state for a misspelling, exit 1', async () => {
    const r = await runCli(['state', 'Califrnia']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("softsec: unknown state 'Califrnia' — did you mean California (CA)?\n");
  });

  it('says how to find a state when nothing is close', async () => {
    const r = await runCli(['state', 'Zanzibar']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown state 'Zanzibar' — run `softsec search/);
  });

  it('is a usage error without an argument, with an example', async () => {
    const r = await runCli(['state']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
    expect(r.stderr).toMatch(/Example: softsec state CA/);
  });

  it('--json gives the record plus actions, alliances and references', async () => {
    const r = await runCli(['state', 'TX', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.code).toBe('TX');
    expect(doc.name).toBe('Texas');
    for (const key of ['actions', 'alliances', 'references']) expect(Array.isArray(doc[key])).toBe(true);
    expect(doc.actions.every((a: { jurisdiction: { state: string } }) => a.jurisdiction.state === 'TX')).toBe(true);
    const refIds = new Set(doc.references.map((x: { id: number }) => x.id));
    for (const a of doc.actions) for (const ref of a.refs) expect(refIds.has(ref)).toBe(true);
  });

  it('the table and --json show the same actions', async () => {
    const table = (await runCli(['state', 'IL'])).stdout;
    const doc = JSON.parse((await runCli(['state', 'IL', '--json'])).stdout);
    expect(table).toContain(`Actions (${doc.actions.length})`);
  });
});

describe('softsec cite', () => {
  it('cite 7 is Gale and West, Brookings, 17 September 2025', async () => {
    const r = await runCli(['cite', '7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[7\] Gale, William G\., and Darrell M\. West\. "The war over federalism\." Brookings Institution, September 17, 2025\./);
  });

  it('lists all references without a number', async () => {
    const r = await runCli(['cite']);
    const numbers = [...r.stdout.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 16)).toEqual([...Array(16).keys()].map((i) => i + 1));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('several numbers print in the order given', async () => {
    const r = await runCli(['cite', '15', '14']);
    expect([...r.stdout.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1])).toEqual(['15', '14']);
  });

  it.each([
    ['99999', /no reference 99999 — references are numbered 1 to \d+/],
    ['0', /no reference 0/],
    ['7abc', /'7abc' is not a whole number — use 1 to \d+/],
    ['1e309', /'1e309' is not a whole number/],
    ['-1', /unknown option '-1'|is not a whole number/],
  ])('cite %s exits non-zero with a clear message', async (arg, message) => {
    const r = await runCli(['cite', arg]);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('--json is an array of CSL-JSON items', async () => {
    const doc = JSON.parse((await runCli(['cite', '7', '14', '--json'])).stdout);
    expect(doc.map((r: { id: number }) => r.id)).toEqual([7, 14]);
    expect(doc[0]).toMatchObject({ type: expect.any(String), title: 'The war over federalism', issued: { 'date-parts': [[2025, 9, 17]] } });
  });
});

describe('softsec search', () => {
  it.each([
    ['sanctuary', /sanctuary/i],
    ['sanctuery', /sanctuary/i],
    ['canabis', /cannabis|marijuana/i],
    ['vacine', /vaccin/i],
  ])('%s finds %s', async (query, pattern) => {
    const r = await runCli(['search', query]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ results? for/);
    expect(r.stdout.split('\n').slice(2, 5).join('\n')).toMatch(pattern);
  });

  it('--json is an array of {type,id,title,score}, best first', async () => {
    const hits = JSON.parse((await runCli(['search', 'sanctuary', '--json'])).stdout);
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) expect(Object.keys(h).sort()).toEqual(['id', 'score', 'title', 'type']);
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('--type and --limit narrow the results', async () => {
    const hits = JSON.parse((await runCli(['search', 'california', '--type', 'state', '--limit', '1', '--json'])).stdout);
    expect(hits).toEqual([expect.objectContaining({ type: 'state', id: 'CA' })]);
  });

  it('no match is not an error: exit 0, message on stderr, empty JSON array', async () => {
    const r = await runCli(['search', 'qqqqxxxxzzzz', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/no match for 'qqqqxxxxzzzz'/);
  });

  it.each([
    [['search', 'x', '--limit', '-5'], 1, /--limit '-5' must be a whole number/],
    [['search', 'x', '--limit', '0'], 1, /--limit '0'/],
    [['search', 'x', '--type', 'person'], 1, /--type 'person' is not valid — use one of: action, state, alliance, reference/],
    [['search', '   '], 1, /must not be empty/],
    [['search'], 2, /missing required argument/],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('global behaviour', () => {
  it('--version prints the version and the dataset as-of date', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+ \(dataset as of \d{4}-\d{2}-\d{2}\)\n$/);
  });

  it('unknown commands and options are usage errors with a suggestion', async () => {
    const a = await runCli(['stat', 'CA']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown command 'stat'[\s\S]*Did you mean state\?/);
    const b = await runCli(['state', 'CA', '--jsno']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown option '--jsno'[\s\S]*Did you mean --json\?/);
  });

  it('help leads with examples and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}softsec state CA/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok · 1 not found or bad value · 2 usage error/);
  });

  it.each(['state', 'cite', 'search', 'validate'])('%s --help has examples', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Examples:\\n {2}softsec ${cmd}`));
  });

  it('color only on a TTY, and never with NO_COLOR or --no-color', async () => {
    expect((await runCli(['state', 'CA'], {}, true)).stdout).toContain(ESC);
    expect((await runCli(['state', 'CA'], {}, false)).stdout).not.toContain(ESC);
    expect((await runCli(['state', 'CA'], { NO_COLOR: '1' }, true)).stdout).not.toContain(ESC);
    expect((await runCli(['--no-color', 'state', 'CA'], {}, true)).stdout).not.toContain(ESC);
    expect((await runCli(['state', 'CA'], { FORCE_COLOR: '1' }, false)).stdout).toContain(ESC);
  });

  it('wraps to the terminal width on a TTY; only an unbreakable word (a URL) may overflow', async () => {
    const r = await runCli(['state', 'CA'], {}, true, 60);
    // eslint-disable-next-line no-control-regex
    const lines = r.stdout.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    const tooLong = lines.filter((l) => l.length > 60 && l.trim().includes(' '));
    expect(tooLong).toEqual([]);
    expect(lines.some((l) => /^ {2}\S.*\d{4}-\d{2}-\d{2} +in effect/.test(l))).toBe(true);
  });

  it('does not wrap when piped: one line per action', async () => {
    const r = await runCli(['state', 'CA'], {}, false);
    const doc = JSON.parse((await runCli(['state', 'CA', '--json'])).stdout);
    for (const a of doc.actions) expect(r.stdout).toContain(a.title);
  });
});
