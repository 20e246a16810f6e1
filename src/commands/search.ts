import type { Context } from '../context.js';
import { parseChoice, parsePositiveInt } from '../query/options.js';
import { RECORD_TYPES, search } from '../query/search.js';
import { quote } from '../query/text.js';
import { renderSearch } from '../render/search.js';

export interface SearchOptions { json?: string | boolean; type?: string; limit?: string }

const DEFAULT_LIMIT = 10;

export async function runSearch(ctx: Context, words: string[], options: SearchOptions): Promise<void> {
  const query = words.join(' ');
  const type = options.type === undefined ? undefined : parseChoice(options.type, RECORD_TYPES, '--type');
  const limit = options.limit === undefined ? undefined : parsePositiveInt(options.limit, '--limit');
  const dataset = await ctx.dataset();
  // The bundled data comes with a prebuilt index; a --data folder is searched without one.
  const index = ctx.dataDir ? undefined : (await import('../data/searchIndex.js')).loadPrebuiltIndex();
  const hits = search(dataset, query, { type, index });
  const shown = hits.slice(0, limit ?? (options.json ? hits.length : DEFAULT_LIMIT));
  if (hits.length === 0) ctx.note(`no match for ${quote(query)} — try fewer or shorter words`);
  if (options.json) return ctx.json(shown.map(({ type, id, title, score }) => ({ type, id, title, score })), options.json);
  if (hits.length) ctx.out(renderSearch(shown, query, hits.length, await ctx.style()));
}
