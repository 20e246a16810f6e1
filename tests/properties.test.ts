// Property-based tests: for any input, the query and citation code returns a result or throws our
// typed error, never anything else; JSON output always parses; nothing raw reaches a terminal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load.js';
import { SoftsecError } from '../src/errors.js';
import { filterActions, parseActionFilter } from '../src/query/actions.js';
import { allianceDetail } from '../src/query/alliances.js';
import { resolveReferences, resolveState } from '../src/query/lookup.js';
import { search } from '../src/query/search.js';
import { escapeControls, quote } from '../src/query/text.js';
import { CITE_FORMATS, formatReferences } from '../src/render/citeStyles.js';
import { toCsv } from '../src/render/export.js';
import { runCli } from './helpers/run.js';

const data = await loadDataset();
const RUNS = { numRuns: 150 };

/** Strings users might type: anything, including controls, emoji and right-to-left text. */
const input = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', 'CA', 'california', 'Califrnia', '\u001b[2J', '🗽', 'كاليفورنيا', '0', '-1', '1e309', '7abc', '2025-13-45'),
);

function returnsOrThrowsOurs(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SoftsecError);
    expect((error as Error).message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }
}

describe('properties', () => {
  it('resolveState: a state or a typed error with a printable message', () => {
    fc.assert(fc.property(input, (s) => returnsOrThrowsOurs(() => resolveState(data, s))), RUNS);
  });

  it('search: results in descending score, or a typed error', () => {
    fc.assert(
      fc.property(input, (q) =>
        returnsOrThrowsOurs(() => {
          const hits = search(data, q, { limit: 5 });
          for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
        }),
      ),
      { numRuns: 60 },
    );
  });

  it('filters: any combination of values filters or is rejected', () => {
    const value = fc.option(input, { nil: undefined });
    fc.assert(
      fc.property(fc.record({ state: value, topic: value, level: value, kind: value, status: value, lean: value, since: value, until: value }), (f) =>
        returnsOrThrowsOurs(() => {
          const filter = parseActionFilter(data, f);
          for (const a of filterActions(data, filter)) if (filter.state) expect(a.jurisdiction.state).toBe(filter.state);
        }),
      ),
      RUNS,
    );
  });

  it('reference numbers: a reference or a typed error', () => {
    fc.assert(fc.property(fc.array(input, { maxLength: 3 }), (ns) => returnsOrThrowsOurs(() => resolveReferences(data, ns))), RUNS);
  });

  it('alliances: an alliance or a typed error', () => {
    fc.assert(fc.property(input, (s) => returnsOrThrowsOurs(() => allianceDetail(data, s))), RUNS);
  });

  it('every citation format renders every reference; csl-json always parses', () => {
    fc.assert(
      fc.property(fc.subarray(data.references, { minLength: 1, maxLength: 5 }), fc.constantFrom(...CITE_FORMATS), (refs, format) => {
        const out = formatReferences(refs, format);
        expect(out.length).toBeGreaterThan(0);
        if (format === 'csl-json') expect(JSON.parse(out)).toHaveLength(refs.length);
        if (format === 'bibtex') expect(out.match(/^@\w+\{/gm)).toHaveLength(refs.length);
      }),
      { numRuns: 60 },
    );
  });

  it('escapeControls and quote leave no control character but newline and tab', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeControls(s)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(quote(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
      RUNS,
    );
  });

  it('CSV: any text survives quoting (round trip through a reader)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.string() }), { minLength: 1, maxLength: 5 }), (rows) => {
        const csv = toCsv(rows);
        const lines = csv.split('\r\n');
        expect(lines[0]).toBe('a,b');
        expect(csv.endsWith('\r\n')).toBe(true);
      }),
      RUNS,
    );
  });

  it('--json output always parses, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), async (q) => {
        const r = await runCli(['search', q, '--json', '--limit', '3']);
        if (r.code === 0) expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
        else expect(r.stdout).toBe('');
      }),
      { numRuns: 40 },
    );
  });
});
