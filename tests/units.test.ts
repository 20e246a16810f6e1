// Table-driven unit tests for the corners the command tests do not reach.
import { describe, expect, it } from 'vitest';
import { handleError } from '../src/cli.js';
import { loadDataset } from '../src/data/load.js';
import { validateDataset } from '../src/data/validate.js';
import { BadDataset, BadValue, NotFound } from '../src/errors.js';
import { allianceDetail } from '../src/query/alliances.js';
import { fiscalChart } from '../src/query/fiscal.js';
import { stateProfile } from '../src/query/profile.js';
import { datasetStats } from '../src/query/stats.js';
import { renderActionList } from '../src/render/actions.js';
import { apa, bibtexKeys, formatReferences, mla } from '../src/render/citeStyles.js';
import { renderSearch } from '../src/render/search.js';
import { renderStats } from '../src/render/stats.js';
import { colorEnabled, makeStyle } from '../src/render/style.js';
import type { Dataset, Reference } from '../src/schema.js';

const data = await loadDataset();
const plain = makeStyle({ isTTY: false, env: {} });

function capture() {
  let err = '';
  const io = { stdout: () => {}, stderr: (t: string) => { err += t; }, terminal: { isTTY: false, env: {} as NodeJS.ProcessEnv } };
  return { io, err: () => err };
}

describe('handleError', () => {
  it('an unexpected error is an internal error (exit 3) with a hint, and a stack only under DEBUG', () => {
    const c = capture();
    expect(handleError(new TypeError('boom \u001b[2J'), c.io)).toBe(3);
    expect(c.err()).toBe('softsec: internal error: boom \\u001b[2J (set DEBUG=1 for a stack trace)\n');
    const d = capture();
    d.io.terminal.env.DEBUG = '1';
    expect(handleError(new Error('boom'), d.io)).toBe(3);
    expect(d.err()).toMatch(/\n\s+at /);
    const e = capture();
    expect(handleError('a string', e.io)).toBe(3);
  });
  it('a dataset with many problems lists 50 and counts the rest', () => {
    const c = capture();
    const problems = Array.from({ length: 75 }, (_, i) => ({ file: 'actions.json', id: `a${i}`, field: 'date', message: 'bad' }));
    expect(handleError(new BadDataset(problems, '/x'), c.io)).toBe(1);
    expect(c.err()).toMatch(/has 75 problems\n/);
    expect(c.err()).toMatch(/… and 25 more/);
    expect(c.err().split('\n').length).toBe(53);
  });
  it('typed errors keep their exit codes', () => {
    expect(handleError(new NotFound('x'), capture().io)).toBe(1);
    expect(handleError(new BadValue('x'), capture().io)).toBe(1);
  });
});

describe('style', () => {
  it.each([
    [{ isTTY: true, env: {} }, false, true],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, false, false],
    [{ isTTY: true, env: { NO_COLOR: '' } }, false, true],
    [{ isTTY: false, env: { FORCE_COLOR: '1' } }, false, true],
    [{ isTTY: true, env: { FORCE_COLOR: '0' } }, false, true],
    [{ isTTY: false, env: { FORCE_COLOR: 'false' } }, false, false],
    [{ isTTY: true, env: { TERM: 'dumb' } }, false, false],
    [{ isTTY: true, env: {} }, true, false],
  ])('%j, --no-color %s → color %s', (term, flag, expected) => expect(colorEnabled(term, flag)).toBe(expected));
  it('COLUMNS sets the width even when piped; a TTY without columns gets 80', () => {
    expect(makeStyle({ isTTY: false, env: { COLUMNS: '72' } }).width).toBe(72);
    expect(makeStyle({ isTTY: true, env: {} }).width).toBe(80);
    expect(makeStyle({ isTTY: true, columns: 100, env: { COLUMNS: 'abc' } }).width).toBe(100);
    expect(makeStyle({ isTTY: false, env: {} }).width).toBeUndefined();
  });
});

describe('renderers: singular, plural and empty', () => {
  it('one action, one result', () => {
    expect(renderActionList(data.actions.slice(0, 1), plain)).toMatch(/^1 action\n/);
    expect(renderSearch([{ type: 'state', id: 'CA', title: 'California', score: 1, field: 'title' }], 'ca', 1, plain)).toMatch(/^1 result for "ca"\n/);
    expect(renderSearch([{ type: 'state', id: 'CA', title: 'California', score: 1, field: 'title' }], 'ca', 5, plain)).toMatch(/showing 1; --limit to change/);
  });
  it('stats name the states without actions', () => {
    const stats = datasetStats({ ...data, actions: data.actions.filter((a) => a.jurisdiction.state !== 'VT') });
    expect(stats.statesWithoutActions).toEqual(['VT']);
    expect(renderStats(stats, '/d', plain)).toMatch(/states and DC without an action: VT/);
  });
});

describe('citation styles on unusual references', () => {
  const base: Reference = { id: 1, type: 'report', title: 'A report on things', issued: { 'date-parts': [[2024]] } };
  it.each([
    [{ ...base }, 'A report on things. (2024).'],
    [{ ...base, issued: undefined, author: [{ literal: 'Office of X' }] }, 'Office of X. (n.d.). A report on things.'],
    [{ ...base, author: [{ family: 'Doe', given: 'Jane Q.' }, { family: 'Roe', given: 'R.' }, { family: 'Poe' }], issued: { 'date-parts': [[2024, 3]] } }, 'Doe, J. Q., Roe, R., & Poe. (2024, March). A report on things.'],
  ] as [Reference, string][])('APA %#', (ref, expected) => expect(apa(ref)).toBe(expected));
  it('MLA uses et al. past two authors and drops the scheme from URLs', () => {
    const ref: Reference = { ...base, author: [{ family: 'Doe', given: 'Jane' }, { family: 'Roe', given: 'Rick' }, { family: 'Poe', given: 'Paul' }], URL: 'https://example.org/r', 'container-title': 'Site' };
    expect(mla(ref)).toBe('Doe, Jane, et al. "A report on things." Site, 2024, example.org/r.');
  });
  it('BibTeX: report → techreport, escapes, organisation authors, unique keys', () => {
    const refs: Reference[] = [
      { ...base, title: 'Costs & 100% of $ for #1_thing {x}', author: [{ literal: 'Office of X' }], 'container-title': 'Institute' },
      { ...base, id: 2, title: 'Costs & more', author: [{ literal: 'Office of X' }] },
      { id: 3, type: 'legal_case', title: 'The' },
    ];
    const bib = formatReferences(refs, 'bibtex');
    expect(bib).toContain('@techreport{office2024costs,');
    expect(bib).toContain('title = {{Costs \\& 100\\% of \\$ for \\#1\\_thing \\{x\\}}}');
    expect(bib).toContain('author = {{Office of X}}');
    expect(bib).toContain('institution = {Institute}');
    expect(bibtexKeys(refs)).toEqual(['office2024costs', 'office2024costsb', 'refndref']);
  });
});

describe('queries: edge cases', () => {
  it('an alliance nobody is near gets a pointer to the list', () => {
    expect(() => allianceDetail(data, 'zzzzzzzzzzzzzzzzzzzz')).toThrow(/list them with `softsec alliances`/);
    expect(() => allianceDetail(data, 'governors public health aliance')).toThrow(/did you mean Governors Public Health Alliance/);
  });
  it('fiscal chart with no series at all', () => {
    const empty: Dataset = { ...data, states: data.states.map((s) => ({ ...s, balanceOfPayments: [] })) };
    expect(() => fiscalChart(empty)).toThrow(/matches the data — available: none/);
  });
  it('a per-person series charts per person, and lists states given only in totals', () => {
    const states = data.states.map((s) => ({ ...s, balanceOfPayments: [] as Dataset['states'][number]['balanceOfPayments'] }));
    const series = { fiscalYear: 'FY 1', source: 'S', method: 'm', refs: [1] };
    states[0]!.balanceOfPayments = [{ ...series, perCapita: -5 }];
    states[1]!.balanceOfPayments = [{ ...series, perCapita: 7 }];
    states[2]!.balanceOfPayments = [{ ...series, total: 9e9 }];
    const chart = fiscalChart({ states });
    expect(chart.unit).toBe('perCapita');
    expect(chart.rows.map((r) => r.perCapita)).toEqual([-5, 7]);
    expect(chart.otherUnit.map((r) => r.code)).toEqual([states[2]!.code]);
  });
  it('a profile of a record with no optional facts', () => {
    const s = data.states.find((x) => x.code === 'AS')!;
    const bare: Dataset = { ...data, states: [{ code: 'AS', name: s.name, type: 'territory', fips: '60', capital: 'X', region: null, balanceOfPayments: [], refs: [1] }] };
    expect(stateProfile(bare, 'AS').references.map((r) => r.id)).toEqual([1]);
  });
  it('validation names a record by index when it has no id', () => {
    const { problems } = validateDataset({ references: [], states: [], actions: ['oops', { code: 'ZZ' }], alliances: [] } as never);
    expect(problems[0]).toMatchObject({ file: 'actions.json', id: '#0' });
    expect(problems.some((p) => p.id === 'ZZ')).toBe(true);
    expect(validateDataset({ references: {}, states: [], actions: [], alliances: [] } as never).problems[0]).toMatchObject({ file: 'references.json' });
  });
});
