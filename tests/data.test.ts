// The bundled dataset: schema, integrity, coverage goals, and JSON Schema files in sync.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load.js';
import { integrityProblems, validateDataset } from '../src/data/validate.js';
import { jsonSchemas } from '../src/jsonSchema.js';
import { datasetStats } from '../src/query/stats.js';
import { isRealDate, type Dataset } from '../src/schema.js';
import { TOPIC_IDS } from '../src/topics.js';

const raw = (name: string) => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
const files = { references: raw('references'), states: raw('states'), actions: raw('actions'), alliances: raw('alliances') };
const data = await loadDataset({ validate: true });
/** Markers a reviewer leaves for the next maintainer; readers should never see them. */
const WORKING_NOTE = /\bTODO\b|\bFIXME\b|\bTO VERIFY\b|\[cite\b|\breplace with\b/i;

describe('bundled dataset', () => {
  it('passes schema and integrity validation with no problem', () => {
    expect(validateDataset(files).problems).toEqual([]);
  });

  it('has all 56 jurisdictions: 50 states, DC, 5 territories', () => {
    const byType = (t: string) => data.states.filter((s) => s.type === t).map((s) => s.code);
    expect(byType('state')).toHaveLength(50);
    expect(byType('district')).toEqual(['DC']);
    expect(byType('territory').sort()).toEqual(['AS', 'GU', 'MP', 'PR', 'VI']);
  });

  it('ids are unique', () => {
    for (const [name, key] of [['actions', 'id'], ['alliances', 'id'], ['references', 'id'], ['states', 'code']] as const) {
      const ids = (data[name] as unknown as Record<string, unknown>[]).map((r) => r[key]);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('every record has at least one reference, and every reference number resolves', () => {
    const refIds = new Set(data.references.map((r) => r.id));
    const all = [...data.actions, ...data.alliances, ...data.states];
    for (const record of all) {
      expect(record.refs.length, JSON.stringify(record).slice(0, 80)).toBeGreaterThan(0);
      for (const ref of record.refs) expect(refIds.has(ref), `ref ${ref}`).toBe(true);
    }
  });

  it('every date is a real ISO date', () => {
    const dates = [
      ...data.actions.flatMap((a) => [a.date, a.effective].filter((d): d is string => Boolean(d))),
      ...data.alliances.map((a) => a.formed),
      ...data.states.flatMap((s) => (s.governor ? [s.governor.asOf] : [])),
    ];
    for (const d of dates) expect(isRealDate(d), d).toBe(true);
  });

  it('every state code and alliance member is a jurisdiction', () => {
    const codes = new Set(data.states.map((s) => s.code));
    for (const a of data.actions) if (a.jurisdiction.state) expect(codes.has(a.jurisdiction.state), a.id).toBe(true);
    for (const a of data.alliances) for (const m of a.members) expect(codes.has(m), `${a.id} ${m}`).toBe(true);
  });

  it('references 1–16 are the seed article’s, in order', () => {
    const titles = data.references.slice(0, 16).map((r) => r.id);
    expect(titles).toEqual([...Array(16).keys()].map((i) => i + 1));
    expect(data.references.find((r) => r.id === 7)).toMatchObject({ title: 'The war over federalism', issued: { 'date-parts': [[2025, 9, 17]] } });
    expect(data.references.find((r) => r.id === 14)?.title).toBe('County judge in Chicago area bars ICE from arresting people at court');
  });

  it('holds the seed article’s records', () => {
    const ids = data.actions.map((a) => a.id);
    expect(ids).toContain('cook-county-court-civil-arrest-order-2025');
    expect(ids).toContain('chicago-ice-free-zone-eo-2025');
    const gpha = data.alliances.find((a) => /Governors Public Health Alliance/.test(a.name));
    expect(gpha?.members.sort()).toEqual(['CA', 'CO', 'CT', 'DE', 'GU', 'HI', 'IL', 'MA', 'MD', 'NC', 'NJ', 'NY', 'OR', 'RI', 'WA']);
  });

  it('meets the coverage goals of the dataset issue', () => {
    const stats = datasetStats(data);
    expect(stats.actions).toBeGreaterThanOrEqual(300);
    for (const topic of TOPIC_IDS) expect(stats.actionsByTopic[topic], topic).toBeGreaterThanOrEqual(10);
    expect(stats.localActions).toBeGreaterThanOrEqual(40);
    expect(stats.statesWithoutActions).toEqual([]);
    expect(stats.alliances).toBeGreaterThanOrEqual(10);
  });

  it('every reference with a URL has a well-formed http(s) URL', () => {
    for (const r of data.references) if (r.URL) expect(r.URL, String(r.id)).toMatch(/^https?:\/\/[^\s]+$/);
  });

  it('no reader-facing text carries a reviewer’s working note', () => {
    // Each text is paired with its record, so a failure names where to look.
    const texts: [string, string | undefined][] = [
      ...data.actions.flatMap((a) => [a.title, a.summary, a.resists, a.note].map((t): [string, string | undefined] => [a.id, t])),
      ...data.alliances.flatMap((a) => [a.name, a.purpose, a.note].map((t): [string, string | undefined] => [a.id, t])),
      ...data.references.flatMap((r) => [r.title, r.note].map((t): [string, string | undefined] => [`reference ${r.id}`, t])),
    ];
    const found = texts.filter(([, text]) => text !== undefined && WORKING_NOTE.test(text)).map(([where, text]) => `${where}: ${text}`);
    expect(found).toEqual([]);
  });

  it('the working-note pattern catches the markers reviewers leave', () => {
    for (const marker of ['TODO: check', 'TO VERIFY: Senate passage', 'FIXME', '[cite a reliable report]', 'replace with the Reuters report'])
      expect(marker, marker).toMatch(WORKING_NOTE);
    expect('Signed Dec. 9, 2025 (CBS News Chicago).').not.toMatch(WORKING_NOTE);
  });
});

describe('integrity checks catch what they should', () => {
  const base: Dataset = {
    references: [{ id: 1, type: 'webpage', title: 'x' }],
    states: [{ code: 'CA', name: 'California', type: 'state', fips: '06', capital: 'Sacramento', region: 'West', balanceOfPayments: [], refs: [1] }],
    actions: [{ id: 'a', title: 't', summary: 's', topic: 'immigration', jurisdiction: { level: 'state', name: 'California', state: 'CA' }, kind: 'law', date: '2017-10-05', status: 'in-effect', lean: 'blue', resists: 'r', refs: [1] }],
    alliances: [],
  };
  it('accepts a minimal good dataset', () => expect(integrityProblems(base)).toEqual([]));
  it('reports a dangling reference with file, record and field', () => {
    const bad = { ...base, actions: [{ ...base.actions[0]!, refs: [1, 99] }] };
    expect(integrityProblems(bad)).toEqual([{ file: 'actions.json', id: 'a', field: 'refs', message: 'reference 99 does not exist in references.json' }]);
  });
  it('reports a duplicate id', () => {
    const bad = { ...base, actions: [base.actions[0]!, base.actions[0]!] };
    expect(integrityProblems(bad)).toContainEqual(expect.objectContaining({ file: 'actions.json', id: 'a', message: "duplicate id 'a'" }));
  });
  it('reports an unknown state code and alliance member', () => {
    const bad = {
      ...base,
      actions: [{ ...base.actions[0]!, jurisdiction: { level: 'state' as const, name: 'X', state: 'ZZ' } }],
      alliances: [{ id: 'al', name: 'A', formed: '2025', topic: 'climate' as const, members: ['CA', 'QQ'], purpose: 'p', refs: [1] }],
    };
    const problems = integrityProblems(bad);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'actions.json', field: 'jurisdiction.state' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'alliances.json', id: 'al', field: 'members.1' }));
  });
  it('reports a note that points to a record that does not exist, and accepts one that does', () => {
    const second = { ...base.actions[0]!, id: 'ca-sb54-2017', note: 'See also ca-trust-act-2013 and see a.' };
    const bad = { ...base, actions: [{ ...base.actions[0]!, note: 'Upheld on appeal (see ca-sb54-2017).' }, second] };
    expect(integrityProblems(bad)).toEqual([
      { file: 'actions.json', id: 'ca-sb54-2017', field: 'note', message: "points to record 'ca-trust-act-2013', which does not exist" },
    ]);
  });
  it('schema rejects a bad date, a missing ref list and an unknown topic', () => {
    const action = { ...base.actions[0]!, date: '2025-02-30', refs: [], topic: 'weather' };
    const { problems } = validateDataset({ ...base, actions: [action] });
    const fields = problems.map((p) => p.field).sort();
    expect(fields).toEqual(['date', 'refs', 'topic']);
    expect(problems.every((p) => p.file === 'actions.json' && p.id === 'a')).toBe(true);
  });
});

describe('JSON Schema files', () => {
  it.each(['references', 'states', 'actions', 'alliances'] as const)('schema/%s.schema.json matches the zod definition', (name) => {
    const committed = JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));
    expect(committed, 'run `npm run schemas` after changing src/schema.ts').toEqual(jsonSchemas()[name]);
  });
});
