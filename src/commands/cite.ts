import type { Context } from '../context.js';
import { resolveReferences } from '../query/lookup.js';
import { renderReferences } from '../render/cite.js';

export interface CiteOptions { json?: boolean }

/** `softsec cite [n...]`: the numbered references; all of them when no number is given. */
export async function runCite(ctx: Context, numbers: string[], options: CiteOptions): Promise<void> {
  const refs = resolveReferences(await ctx.dataset(), numbers);
  if (options.json) return ctx.json(refs);
  ctx.out(renderReferences(refs, await ctx.style()));
}
