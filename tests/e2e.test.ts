// End-to-end: spawn the built bin/softsec.js (`npm test` builds first) and check what a user sees.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, softsec } from './helpers/spawn.js';

const ESC = '\u001b';

describe('built CLI', () => {
  it('softsec state CA prints the profile and exits 0', () => {
    const r = softsec(['state', 'CA']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^California \(CA\) · state · West · capital Sacramento/);
    expect(r.stdout).toMatch(/California Values Act \(SB 54\)/);
    expect(r.stderr).toBe('');
  });

  it('softsec cite 7 is Gale and West', () => {
    const r = softsec(['cite', '7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[7\] Gale, William G\., and Darrell M\. West\. "The war over federalism\." Brookings Institution, September 17, 2025\./);
  });

  it('search sanctuary --json is one parseable array with many hits', () => {
    const r = softsec(['search', 'sanctuary', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits.length).toBeGreaterThan(20);
    expect(hits[0]).toEqual({ type: expect.any(String), id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
  });

  it('state TX --json | jq .actions works: every action is a Texas action', () => {
    const doc = JSON.parse(softsec(['state', 'TX', '--json']).stdout);
    expect(doc.actions.length).toBeGreaterThan(3);
    expect(new Set(doc.actions.map((a: { jurisdiction: { state: string } }) => a.jurisdiction.state))).toEqual(new Set(['TX']));
  });

  it.each([
    [['state', 'CA'], {}],
    [['search', 'sanctuary'], {}],
    [['cite'], {}],
    [['state', 'CA'], { NO_COLOR: '1', FORCE_COLOR: '1' }],
  ])('no escape codes when piped: %j %j', (args, env) => {
    const r = softsec(args, env);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns color on even when piped', () => {
    expect(softsec(['state', 'CA'], { FORCE_COLOR: '1' }).stdout).toContain(ESC);
  });

  it('misspelled state: exit 1, one line on stderr, nothing on stdout', () => {
    const r = softsec(['state', 'Califrnia']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("softsec: unknown state 'Califrnia' — did you mean California (CA)?\n");
  });

  it('unknown reference: exit 1 with the valid range', () => {
    const r = softsec(['cite', '9999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^softsec: no reference 9999 — references are numbered 1 to \d+\n$/);
  });

  it('usage errors exit 2 without a stack trace', () => {
    for (const args of [['nonsense'], ['state'], ['search', 'x', '--bogus']]) {
      const r = softsec(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('search with no match exits 0 and says so on stderr', () => {
    const r = softsec(['search', 'zzzzqqqqxxxx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no match/);
  });

  it('--version prints version and dataset date', () => {
    expect(softsec(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+ \(dataset as of \d{4}-\d{2}-\d{2}\)\n$/);
  });

  it('a bad --data folder is a clear error, exit 1', () => {
    const r = softsec(['--data', '/nonexistent/softsec', 'state', 'CA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/references\.json: file not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('works through a symlink to bin/softsec.js', () => {
    const dir = mkdtempSync(join(tmpdir(), 'softsec-link-'));
    const link = join(dir, 'softsec');
    symlinkSync(BIN, link);
    const r = softsec(['--version'], {}, undefined, link);
    expect(r.code).toBe(0);
  });

  it('validate passes on the bundled data', () => {
    const r = softsec(['validate', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('built CLI: explore commands', () => {
  it('bash completion completes state codes and commands', () => {
    const script = softsec(['completion', 'bash']).stdout;
    const run = (words: string) =>
      spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _softsec; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(run('softsec state C').split(' ').sort()).toEqual(['CA', 'CO', 'CT']);
    expect(run('softsec ti').split(' ')).toEqual(['timeline']);
    expect(run('softsec actions --topic fi').split(' ').sort()).toEqual(['firearms', 'fiscal']);
  });

  it('map --svg writes a file that an SVG renderer accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'softsec-svg-'));
    const file = join(dir, 'map.svg');
    const r = softsec(['map', '--topic', 'cannabis', '--svg', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${file}`);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*<\/svg>\n$/);
    const rsvg = spawnSync('rsvg-convert', ['--version']);
    if (rsvg.status === 0) {
      const png = join(dir, 'map.png');
      expect(spawnSync('rsvg-convert', [file, '-o', png]).status).toBe(0);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  const pandoc = spawnSync('pandoc', ['--version']).status === 0;
  it.runIf(pandoc || process.env.CI)('pandoc --citeproc reads our BibTeX and CSL-JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'softsec-pandoc-'));
    const md = join(dir, 'doc.md');
    writeFileSync(md, '---\nnocite: "@*"\n---\n');
    for (const [format, ext] of [['bibtex', 'bib'], ['csl-json', 'json']] as const) {
      const bib = join(dir, `refs.${ext}`);
      writeFileSync(bib, softsec(['cite', '7', '14', '15', '--format', format]).stdout);
      const out = spawnSync('pandoc', [md, '--citeproc', '--bibliography', bib, '-t', 'plain'], { encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toMatch(/Gale, William G\., and Darrell M\. West\. 2025/);
      expect(out.stdout).toMatch(/ICE Free Zone/i);
    }
  });

  it('export csv is UTF-8 with CRLF rows that a CSV reader splits back into the same records', () => {
    const csv = softsec(['export', '--format', 'csv', '--entity', 'alliances']).stdout;
    const rows = parseCsv(csv);
    const doc = JSON.parse(softsec(['export', '--entity', 'alliances']).stdout);
    expect(rows.length - 1).toBe(doc.length);
    const header = rows[0]!;
    expect(rows[1]![header.indexOf('purpose')]).toBe(doc[0].purpose);
  });

  it.each([
    ['actions', '--state', 'CA'], ['action', 'ca-sb54-california-values-act'], ['states'], ['alliances'], ['alliance', 'west-coast-health-alliance'],
    ['topics'], ['topic', 'fiscal'], ['compare', 'CA', 'TX'], ['timeline', '--topic', 'policing'], ['fiscal'], ['map', '--topic', 'abortion'],
  ])('%s works and its --json parses', (...args) => {
    const r = softsec(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(50);
    expect(r.stdout).not.toContain(ESC);
    expect(() => JSON.parse(softsec([...args, '--json']).stdout)).not.toThrow();
  });
});

/** A small RFC 4180 reader, enough to check our quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

describe('built CLI: pipes', () => {
  const sh = (script: string) => spawnSync('bash', ['-o', 'pipefail', '-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '' } });
  const node = process.env.SOFTSEC_TEST_NODE || process.execPath;

  it('export --format ndjson | head -1 ends quietly (EPIPE)', () => {
    const r = sh(`"${node}" "${BIN}" export --format ndjson | head -1`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).entity).toBe('actions');
  });

  it('states | head -1 ends quietly', () => {
    const r = sh(`"${node}" "${BIN}" states | head -1`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^56 jurisdictions\n$/);
  });

  it('a large --json document is complete when the reader is slow', () => {
    const r = sh(`"${node}" "${BIN}" export | (sleep 1; cat)`);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.references.length).toBeGreaterThan(900);
  });

  it('no TTY: no escape codes and no wrapping to a guessed width', () => {
    const r = softsec(['search', 'public health alliance']);
    expect(r.stdout).not.toContain(ESC);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(100);
  });
});

describe('built CLI: security', () => {
  const guard = fileURLToPath(new URL('./helpers/no-network.mjs', import.meta.url));
  it.each([['state', 'CA'], ['search', 'sanctuary'], ['cite', '--format', 'bibtex'], ['map', '--topic', 'cannabis', '--svg', '-'], ['export', '--format', 'ndjson'], ['validate']])(
    '%s runs with no network and no subprocess',
    (...args) => {
      const node = process.env.SOFTSEC_TEST_NODE || process.execPath;
      const r = spawnSync(node, ['--import', guard, BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
    },
  );
  it('the bundle has no eval, no Function constructor and no network module', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
      expect(code, file).not.toMatch(/(?:from |require\()["'](?:node:)?(?:http|https|net|tls|dgram|dns)["']/);
    }
  });
});

describe('built CLI: prebuilt search index', () => {
  it('is built next to the bundle and matches the data', async () => {
    const { loadPrebuiltIndex } = await import('../src/data/searchIndex.js');
    const file = fileURLToPath(new URL('../dist/search-index.json', import.meta.url));
    expect(loadPrebuiltIndex(file)?.documents).toBeGreaterThan(1000);
  });
  it('a stale index (data changed since the build) is not used', async () => {
    const { loadPrebuiltIndex } = await import('../src/data/searchIndex.js');
    const dir = mkdtempSync(join(tmpdir(), 'softsec-index-'));
    const file = join(dir, 'search-index.json');
    writeFileSync(file, JSON.stringify({ fingerprint: 'stale', documents: 1, tokens: [], postings: [] }));
    expect(loadPrebuiltIndex(file)).toBeUndefined();
    expect(loadPrebuiltIndex(join(dir, 'missing.json'))).toBeUndefined();
  });
});

describe('built CLI: the SVG map in a browser', () => {
  const chromium = spawnSync('chromium', ['--version']).status === 0;
  it.runIf(chromium)('headless Chromium opens the SVG and draws it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'softsec-browser-'));
    const svg = join(dir, 'map.svg');
    const png = join(dir, 'map.png');
    expect(softsec(['map', '--alliance', 'governors-public-health-alliance', '--svg', svg]).code).toBe(0);
    const r = spawnSync('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'softsec-chromium-'))}`,
      '--window-size=760,720', `--screenshot=${png}`, `file://${svg}`,
    ], { encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(png).length).toBeGreaterThan(10_000); // a blank page is a few hundred bytes
  }, 120_000);
});
