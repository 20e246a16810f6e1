import type { Context } from '../context.js';
import { actionDetail, filterActions, parseActionFilter, type ActionFilterInput } from '../query/actions.js';
import { renderActionDetail, renderActionList } from '../render/actions.js';

export interface ActionsOptions extends ActionFilterInput { json?: string | boolean }

/** `softsec actions`: every filter combines with the others. */
export async function runActions(ctx: Context, options: ActionsOptions): Promise<void> {
  const dataset = await ctx.dataset();
  const actions = filterActions(dataset, parseActionFilter(dataset, options));
  if (actions.length === 0) ctx.note('no action matches these filters');
  if (options.json) return ctx.json(actions, options.json);
  if (actions.length) ctx.out(renderActionList(actions, await ctx.style()));
}

/** `softsec action <id>`: one record and its references. */
export async function runAction(ctx: Context, id: string, options: { json?: string | boolean }): Promise<void> {
  const detail = actionDetail(await ctx.dataset(), id);
  if (options.json) return ctx.json({ ...detail.action, references: detail.references }, options.json);
  ctx.out(renderActionDetail(detail, await ctx.style()));
}
