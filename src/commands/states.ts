import type { Context, JsonOption as Json } from '../context.js';
import { statesTable } from '../query/states.js';
import { renderStates } from '../render/lists.js';

export async function runStates(ctx: Context, options: Json & { sort?: string; topic?: string; reverse?: boolean }): Promise<void> {
  const table = statesTable(await ctx.dataset(), options);
  if (options.json) return ctx.json(table.rows, options.json);
  ctx.out(renderStates(table, await ctx.style()));
}
