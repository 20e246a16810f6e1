import type { Context } from '../context.js';
import { BadValue } from '../errors.js';
import { RECORD_TYPES, search, type RecordType } from '../query/search.js';
import { quote } from '../query/text.js';
import { renderSearch } from '../render/search.js';

export interface SearchOptions { json?: boolean; type?: string; limit?: string }

const DEFAULT_LIMIT = 10;

export async function runSearch(ctx: Context, words: string[], options: SearchOptions): Promise<void> {
  const query = words.join(' ');
  const type = parseType(options.type);
  const limit = options.limit === undefined ? undefined : parseLimit(options.limit);
  const hits = search(await ctx.dataset(), query, { type });
  const shown = hits.slice(0, limit ?? (options.json ? hits.length : DEFAULT_LIMIT));
  if (hits.length === 0) ctx.note(`no match for ${quote(query)} — try fewer or shorter words`);
  if (options.json) return ctx.json(shown.map(({ type, id, title, score }) => ({ type, id, title, score })));
  if (hits.length) ctx.out(renderSearch(shown, query, hits.length, await ctx.style()));
}

function parseType(value: string | undefined): RecordType | undefined {
  if (value === undefined) return undefined;
  if ((RECORD_TYPES as readonly string[]).includes(value)) return value as RecordType;
  throw new BadValue(`--type ${quote(value)} is not a record type — use one of: ${RECORD_TYPES.join(', ')}`);
}

export function parseLimit(value: string): number {
  if (!/^\d{1,6}$/.test(value.trim()) || Number(value) < 1) {
    throw new BadValue(`--limit ${quote(value)} must be a whole number of at least 1`);
  }
  return Number(value);
}
