// A dataset the user supplies (--data, SOFTSEC_DATA, validate <dir>): every problem is a clear
// error naming file, record and field, never a crash, and the user's files are never written to.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../src/data/load.js';
import { runCli } from './helpers/run.js';

const DATA = new URL('../data/', import.meta.url).pathname;

/** A copy of the bundled data, changed by `edit`. */
function dataset(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'softsec-user-'));
  cpSync(DATA, dir, { recursive: true });
  edit(dir);
  return dir;
}
const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const writeJson = (dir: string, file: string, value: unknown) => writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
const digest = (dir: string) => readdirSync(dir).sort().map((f) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')).join();

describe('--data', () => {
  it('a good copy loads and answers like the bundled data', async () => {
    const dir = dataset();
    const r = await runCli(['--data', dir, 'state', 'CA', '--json', 'code,name']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ code: 'CA', name: 'California' });
  });

  it('SOFTSEC_DATA works like --data', async () => {
    const dir = dataset((d) => {
      const states = readJson(d, 'states.json');
      states.find((s: { code: string }) => s.code === 'CA').capital = 'Sacramento Test';
      writeJson(d, 'states.json', states);
    });
    expect((await runCli(['state', 'CA'], { SOFTSEC_DATA: dir })).stdout).toMatch(/capital Sacramento Test/);
  });

  it('malformed JSON is reported with line and column', async () => {
    const dir = dataset((d) => writeFileSync(join(d, 'alliances.json'), '[\n  {"id": "x",\n  oops\n]'));
    const r = await runCli(['--data', dir, 'state', 'CA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/alliances\.json: malformed JSON: .* at line 3, column 3/);
  });

  it('an empty file is malformed JSON, named', async () => {
    const dir = dataset((d) => writeFileSync(join(d, 'references.json'), ''));
    const r = await runCli(['--data', dir, 'cite', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/references\.json: malformed JSON: unexpected end of JSON input/);
  });

  it('a path that is a directory, not a file, is named', async () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'actions.json'));
      mkdirSync(join(d, 'actions.json'));
    });
    const r = await runCli(['--data', dir, 'state', 'CA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/actions\.json: is a directory/);
  });

  it('schema violations name file, record and field', async () => {
    const dir = dataset((d) => {
      const actions = readJson(d, 'actions.json');
      actions[0].date = '2025-02-30';
      actions[1].topic = 'weather';
      delete actions[2].refs;
      writeJson(d, 'actions.json', actions);
    });
    const r = await runCli(['--data', dir, 'state', 'CA']);
    expect(r.code).toBe(1);
    const a = readJson(dir, 'actions.json');
    expect(r.stderr).toContain(`actions.json › ${a[0].id} › date: is not a real calendar date`);
    expect(r.stderr).toContain(`actions.json › ${a[1].id} › topic:`);
    expect(r.stderr).toContain(`actions.json › ${a[2].id} › refs:`);
  });

  it('dangling references, duplicate ids and unknown state codes are found', async () => {
    const dir = dataset((d) => {
      const actions = readJson(d, 'actions.json');
      actions[0].refs = [999999];
      actions[2].id = actions[1].id;
      actions[3].jurisdiction.state = 'ZZ';
      writeJson(d, 'actions.json', actions);
    });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reference 999999 does not exist in references\.json/);
    expect(r.stderr).toMatch(/duplicate id/);
    expect(r.stderr).toMatch(/jurisdiction\.state: state code 'ZZ' does not exist/);
  });

  it('escape sequences in a dataset are rejected, and never printed raw', async () => {
    const dir = dataset((d) => {
      const actions = readJson(d, 'actions.json');
      actions[0].title = 'Evil \u001b[2J\u001b]0;pwned\u0007 title';
      writeJson(d, 'actions.json', actions);
    });
    const r = await runCli(['--data', dir, 'search', 'evil']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/title: contains a control character/);
    expect(r.stderr + r.stdout).not.toContain('\u001b');
  });

  it('validate --json reports the problems on stdout for scripts', async () => {
    const dir = dataset((d) => writeJson(d, 'alliances.json', [{ id: 'Bad Id' }]));
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems.length).toBeGreaterThan(1);
    expect(doc.problems[0]).toMatchObject({ file: 'alliances.json', id: 'Bad Id' });
  });

  it('a 50 MB file is handled: many problems are summarised, no crash', async () => {
    const dir = dataset((d) => {
      const junk = Array.from({ length: 200_000 }, (_, i) => ({ id: `x-${i}`, note: 'y'.repeat(230) }));
      writeFileSync(join(d, 'actions.json'), JSON.stringify(junk));
    });
    const r = await runCli(['--data', dir, 'state', 'CA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/problems/);
    expect(r.stderr).toMatch(/… and \d+ more/);
    expect(r.stderr.split('\n').length).toBeLessThan(60);
  }, 60_000);

  it('never writes to the user’s files', async () => {
    const dir = dataset();
    const before = digest(dir);
    for (const argv of [['state', 'CA'], ['search', 'sanctuary'], ['validate', dir], ['export'], ['map', '--topic', 'cannabis']]) {
      await runCli(['--data', dir, ...argv]);
    }
    expect(digest(dir)).toBe(before);
  });
});

describe('jsonErrorPosition', () => {
  it('turns a position into line and column', () => {
    const text = '{\n  "a": 1,\n  x\n}';
    let error: Error | undefined;
    try { JSON.parse(text); } catch (e) { error = e as Error; }
    expect(jsonErrorPosition(text, error!)).toMatch(/at line 3, column 3$/);
  });
  it('keeps the reason when there is no position', () => {
    expect(jsonErrorPosition('', new Error('Unexpected end of JSON input'))).toBe('unexpected end of JSON input');
  });
});

describe('validation cache', () => {
  it('remembers a valid dataset by content, and validates again when the content changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'softsec-cache-'));
    const dir = dataset();
    expect((await runCli(['--data', dir, 'state', 'CA'], { SOFTSEC_CACHE_DIR: cache })).code).toBe(0);
    expect(readdirSync(cache).filter((f) => f.startsWith('valid-'))).toHaveLength(1);
    const actions = readJson(dir, 'actions.json');
    actions[0].date = 'not a date';
    writeJson(dir, 'actions.json', actions);
    const r = await runCli(['--data', dir, 'state', 'CA'], { SOFTSEC_CACHE_DIR: cache });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/date: must be an ISO date/);
    expect(r.stderr).not.toMatch(/real calendar date/); // one message per malformed date
    expect(readdirSync(cache).filter((f) => f.startsWith('valid-'))).toHaveLength(1);
  });
  it('an unwritable cache only costs speed', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'softsec-cache-')), 'file');
    writeFileSync(blocker, '');
    expect((await runCli(['--data', dataset(), 'state', 'CA'], { SOFTSEC_CACHE_DIR: join(blocker, 'sub') })).code).toBe(0);
  });
  it('the cache folder comes from SOFTSEC_CACHE_DIR, XDG_CACHE_HOME or HOME', async () => {
    const { cacheDir } = await import('../src/context.js');
    expect(cacheDir({ SOFTSEC_CACHE_DIR: '/c' })).toBe('/c');
    expect(cacheDir({ SOFTSEC_CACHE_DIR: '' })).toBeUndefined();
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/softsec');
    expect(cacheDir({ HOME: '/h' })).toBe('/h/.cache/softsec');
    expect(cacheDir({})).toBeUndefined();
  });
});
