import type { Context, JsonOption as Json } from '../context.js';
import { allianceDetail, listAlliances } from '../query/alliances.js';
import { renderAllianceDetail, renderAlliances } from '../render/lists.js';

export async function runAlliances(ctx: Context, options: Json): Promise<void> {
  const alliances = listAlliances(await ctx.dataset());
  if (options.json) return ctx.json(alliances, options.json);
  ctx.out(renderAlliances(alliances, await ctx.style()));
}

export async function runAlliance(ctx: Context, words: string[], options: Json): Promise<void> {
  const detail = allianceDetail(await ctx.dataset(), words.join(' '));
  if (options.json) return ctx.json({ ...detail.alliance, references: detail.references }, options.json);
  ctx.out(renderAllianceDetail(detail, await ctx.style()));
}
