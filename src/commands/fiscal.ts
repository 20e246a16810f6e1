import type { Context } from '../context.js';
import { fiscalChart } from '../query/fiscal.js';
import { renderFiscal } from '../render/fiscal.js';

export async function runFiscal(ctx: Context, options: { json?: string | boolean; source?: string; year?: string }): Promise<void> {
  const chart = fiscalChart(await ctx.dataset(), options);
  if (options.json) return ctx.json(chart, options.json);
  ctx.out(renderFiscal(chart, await ctx.style()));
}
