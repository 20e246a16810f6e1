import type { Context, JsonOption as Json } from '../context.js';
import { compareStates } from '../query/compare.js';
import { renderComparison } from '../render/lists.js';

export async function runCompare(ctx: Context, inputs: string[], options: Json): Promise<void> {
  const cmp = compareStates(await ctx.dataset(), inputs);
  if (options.json) {
    const { states, topics } = cmp;
    return ctx.json({ states: states.map((s) => s.code), topics: topics.map((t) => ({ topic: t.topic, ...Object.fromEntries(states.map((s, i) => [s.code, t.actions[i]])) })) }, options.json);
  }
  ctx.out(renderComparison(cmp, await ctx.style()));
}
