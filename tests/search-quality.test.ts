// Speed never costs correctness: the narrowed search must give the same top results as plain
// fuse.js over every record, on a fixed list of queries (typos included).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load.js';
import { buildSearchIndex, rankDocs, search, searchDocs, substringDistance } from '../src/query/search.js';

const QUERIES = [
  'sanctuary', 'sanctuery', 'sanctury city', 'canabis', 'cannabis legalization', 'vacine', 'vaccine mandate',
  'shield law', 'sheild law', 'telehealth abortion', 'mifepristone', 'ice free zone', 'courthouse arrests',
  'second amendment', '2nd amendment sanctuary', 'firearms freedom act', 'national guard', 'posse comitatus',
  'voter roll', 'real id', 'nullification', 'fugitive slave', 'climate alliance', 'endangerment finding',
  'sb54', 'SB 54', 'HB 85', 'trust act', 'public health alliance', 'donor state', 'balance of payments',
  'texas', 'califrnia', 'chicago', 'cook county', 'printz', 'kobach', 'medicaid expansion', 'gale',
];

describe('search quality', async () => {
  const dataset = await loadDataset();
  const docs = searchDocs(dataset);
  const index = buildSearchIndex(docs, 'test');
  it.each(QUERIES)('%s: same top 10 as plain fuse.js, with and without the prebuilt index', (query) => {
    const plain = rankDocs(docs, query).slice(0, 10).map((h) => `${h.type}:${h.id}`);
    const fast = search(dataset, query).slice(0, 10).map((h) => `${h.type}:${h.id}`);
    const indexed = search(dataset, query, { index }).slice(0, 10).map((h) => `${h.type}:${h.id}`);
    expect(fast).toEqual(plain);
    expect(indexed).toEqual(plain);
  });
  it('an index of another dataset is ignored', () => {
    const other = { ...index, documents: index.documents + 1, tokens: [], postings: [] };
    expect(search(dataset, 'sanctuary', { index: other }).length).toBe(search(dataset, 'sanctuary').length);
  });
});

describe('substringDistance', () => {
  it.each([
    ['xaby', 'ab', 5, 0],
    ['sanctuaries', 'sanctuary', 5, 1],
    ['shield', 'law', 5, 2],
    ['abc', 'zzzzzzzz', 3, 4],
  ] as const)('%s ⊇ %s (cap %i) = %i', (text, pattern, cap, d) => expect(substringDistance(text, pattern, cap)).toBe(d));
});
