import type { Context, JsonOption as Json } from '../context.js';
import { timeline } from '../query/timeline.js';
import { renderTimeline } from '../render/lists.js';

export async function runTimeline(ctx: Context, options: Json & { topic?: string; state?: string; since?: string; until?: string }): Promise<void> {
  const years = timeline(await ctx.dataset(), options);
  if (years.length === 0) ctx.note('no action matches these filters');
  if (options.json) return ctx.json(years, options.json);
  if (years.length) ctx.out(renderTimeline(years, await ctx.style()));
}
