import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import { BadValue } from '../errors.js';
import type { Dataset } from '../schema.js';
import { quote } from './text.js';

export const RECORD_TYPES = ['action', 'state', 'alliance', 'reference'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** One searchable record, flattened so one fuse.js index covers all four files. */
export interface SearchDoc {
  type: RecordType;
  id: string;
  title: string;
  text: Partial<Record<SearchField, string>>;
}
export type SearchField = 'title' | 'summary' | 'resists' | 'topic' | 'place' | 'bill' | 'names' | 'source';

export interface SearchHit {
  type: RecordType;
  id: string;
  title: string;
  /** Relevance from 0 to 1; 1 is an exact match. */
  score: number;
  /** The field the query matched best, e.g. `title` or `summary`. */
  field: string;
}

export interface SearchOptions {
  type?: RecordType;
  limit?: number;
  /** A prebuilt index of exactly this dataset's records (see buildSearchIndex); optional. */
  index?: SearchIndex;
}

// Weights: a hit in a title or name matters more than one deep in a summary.
const KEYS: FuseOptionKey<SearchDoc>[] = [
  { name: 'title', weight: 3 },
  { name: ['text', 'bill'], weight: 2 },
  { name: ['text', 'place'], weight: 1.5 },
  { name: ['text', 'names'], weight: 1.5 },
  { name: ['text', 'topic'], weight: 1 },
  { name: ['text', 'resists'], weight: 1 },
  { name: ['text', 'summary'], weight: 1 },
  { name: ['text', 'source'], weight: 1 },
];

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export function searchDocs(dataset: Dataset): SearchDoc[] {
  const stateName = new Map(dataset.states.map((s) => [s.code, s.name]));
  const docs: SearchDoc[] = [];
  for (const a of dataset.actions) {
    docs.push({
      type: 'action', id: a.id, title: a.title,
      text: { summary: a.summary, resists: a.resists, topic: a.topic, bill: a.bill, place: [a.jurisdiction.name, stateName.get(a.jurisdiction.state ?? '')].filter(Boolean).join(', ') },
    });
  }
  for (const s of dataset.states) {
    docs.push({ type: 'state', id: s.code, title: s.name, text: { place: [s.code, s.capital].join(' '), names: s.governor?.name } });
  }
  for (const a of dataset.alliances) {
    docs.push({ type: 'alliance', id: a.id, title: a.name, text: { summary: a.purpose, topic: a.topic, names: a.members.map((m) => stateName.get(m) ?? m).concat(a.otherMembers ?? []).join(', ') } });
  }
  for (const r of dataset.references) {
    const authors = (r.author ?? []).map((n) => ('literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' '))).join(', ');
    docs.push({ type: 'reference', id: String(r.id), title: r.title, text: { names: authors, source: [r['container-title'], r.publisher].filter(Boolean).join(', ') } });
  }
  return docs;
}

const MAX_QUERY = 200;

/** Fuzzy search over every record, best first. A typo still finds (`sanctuery`, `canabis`). */
export function search(dataset: Dataset, query: string, options: SearchOptions = {}): SearchHit[] {
  const needle = query.trim().replace(/\s+/g, ' ');
  if (!needle) throw new BadValue('search query must not be empty: try `softsec search sanctuary`');
  if (needle.length > MAX_QUERY) throw new BadValue(`search query is ${needle.length} characters long; the limit is ${MAX_QUERY} — shorten ${quote(needle, 20)}`);
  if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new BadValue(`--limit must be a whole number of at least 1, got ${options.limit}`);
  }
  const all = searchDocs(dataset);
  const index = options.index?.documents === all.length ? options.index : undefined;
  const hits = rankDocs(candidates(all, needle, index).filter((d) => !options.type || d.type === options.type), needle);
  return options.limit ? hits.slice(0, options.limit) : hits;
}

/** fuse.js ranks the documents; the type prior orders records before their sources. */
export function rankDocs(docs: SearchDoc[], needle: string): SearchHit[] {
  return new Fuse(docs, FUSE_OPTIONS)
    .search(needle)
    .map((r) => ({
      type: r.item.type,
      id: r.item.id,
      title: r.item.title,
      score: Math.round((1 - (r.score ?? 1)) * TYPE_PRIOR[r.item.type] * 1000) / 1000,
      field: bestField(r.matches ?? []),
    }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Narrow the documents fuse.js must scan. fuse scores each document on its own (no collection
 * statistics), so ranking the candidates gives the same top results as ranking everything, as
 * long as every document fuse would match is a candidate. fuse matches the whole query within a
 * number of edits, so every query word must occur in the document (within one of its words, or
 * two short ones run together) with its share of those edits. The search-quality test compares
 * the results with plain fuse.js on a fixed list of queries.
 */
export function candidates(docs: SearchDoc[], needle: string, index?: SearchIndex): SearchDoc[] {
  const scorer = tokenScorer(needle);
  if (!scorer || docs.length < 200) return docs;
  const { words, budget, distances } = scorer;
  // best[w][d]: the fewest edits with which word w occurs in document d.
  const best = words.map(() => new Array<number>(docs.length).fill(budget + 1));
  const note = (token: string, doc: number) => {
    const d = distances(token);
    for (let w = 0; w < words.length; w++) if (d[w]! < best[w]![doc]!) best[w]![doc] = d[w]!;
  };
  if (index) {
    // The prebuilt index (bundled data only) lists the records of every token: no tokenizing here.
    index.tokens.forEach((token, i) => {
      const d = distances(token);
      if (d.every((x) => x > budget)) return;
      for (const doc of index.postings[i]!) note(token, doc);
    });
  } else {
    docs.forEach((doc, i) => {
      for (const token of docTokens(doc)) note(token, i);
    });
  }
  // fuse.js matches the whole query within `budget` edits, so each word must occur somewhere with
  // its share of them: the sum of each word's best occurrence is a lower bound on fuse's count.
  return docs.filter((_, d) => words.reduce((sum, _w, w) => sum + best[w]![d]!, 0) <= budget);
}

/** Per-token edit distances to each query word, computed once per distinct token. */
function tokenScorer(needle: string): { words: string[]; budget: number; distances: (token: string) => number[] } | undefined {
  const words = tokens(needle).filter((w) => w.length >= 2);
  if (!words.length) return undefined;
  // fuse.js accepts a match when errors / pattern length <= threshold (location is ignored); one
  // edit of slack, because its bit-parallel count and ours differ at word and punctuation edges.
  const budget = Math.floor((FUSE_OPTIONS.threshold ?? 0.6) * needle.length) + 1;
  const memo = new Map<string, number[]>();
  return {
    words,
    budget,
    distances(token) {
      let d = memo.get(token);
      if (!d) {
        d = words.map((w) => substringDistance(token, w, budget));
        memo.set(token, d);
      }
      return d;
    },
  };
}

/** The words of a record, plus short neighbours run together ("SB 54" is also "sb54"). */
function docTokens(doc: SearchDoc): string[] {
  const out: string[] = [];
  for (const text of [doc.title, ...Object.values(doc.text)]) {
    if (!text) continue;
    const list = tokens(text);
    list.forEach((word, j) => {
      out.push(word);
      const next = list[j + 1];
      if (next && (word.length <= 3 || next.length <= 3)) out.push(word + next);
    });
  }
  return out;
}

/** Token → records, built once at build time for the bundled data (scripts/build-search-index.mjs). */
export interface SearchIndex { fingerprint: string; documents: number; tokens: string[]; postings: number[][] }

export function buildSearchIndex(docs: SearchDoc[], fingerprint: string): SearchIndex {
  const byToken = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const token of new Set(docTokens(doc))) {
      const ids = byToken.get(token);
      if (ids) ids.push(i);
      else byToken.set(token, [i]);
    }
  });
  return { fingerprint, documents: docs.length, tokens: [...byToken.keys()], postings: [...byToken.values()] };
}

/**
 * The fewest edits that turn `pattern` into some substring of `text` (Sellers' algorithm), capped
 * at `cap + 1`: anything above the cap is only "too far".
 */
export function substringDistance(text: string, pattern: string, cap: number): number {
  let prev = new Array<number>(pattern.length + 1);
  let curr = new Array<number>(pattern.length + 1);
  for (let i = 0; i <= pattern.length; i++) prev[i] = i;
  let best = pattern.length;
  for (let j = 1; j <= text.length; j++) {
    curr[0] = 0; // a match may start anywhere in the text
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1;
      curr[i] = Math.min(prev[i]! + 1, curr[i - 1]! + 1, prev[i - 1]! + cost);
    }
    if (curr[pattern.length]! < best) best = curr[pattern.length]!;
    if (best === 0) return 0;
    [prev, curr] = [curr, prev];
  }
  return Math.min(best, cap + 1);
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Users searching a subject want the records first and the sources behind them after:
// a reference whose title happens to be short would otherwise outrank the action it supports.
const TYPE_PRIOR: Record<RecordType, number> = { state: 1, alliance: 1, action: 1, reference: 0.8 };

const FIELD_RANK = ['title', 'text.bill', 'text.place', 'text.names', 'text.topic', 'text.resists', 'text.summary', 'text.source'];
function bestField(matches: readonly { key?: string }[]): string {
  const keys = matches.map((m) => m.key ?? '');
  const best = FIELD_RANK.find((k) => keys.includes(k)) ?? keys[0] ?? 'title';
  return best.replace(/^text\./, '');
}
