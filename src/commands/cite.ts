import type { Context } from '../context.js';
import { resolveReferences } from '../query/lookup.js';
import { parseChoice } from '../query/options.js';
import { stateProfile } from '../query/profile.js';
import { renderReferences } from '../render/cite.js';
import { CITE_FORMATS, formatReferences } from '../render/citeStyles.js';

export interface CiteOptions { json?: string | boolean; format?: string; state?: string }

/** `softsec cite [n...]`: the numbered references; all of them, or one state's, when no number is given. */
export async function runCite(ctx: Context, numbers: string[], options: CiteOptions): Promise<void> {
  const format = options.format === undefined ? undefined : parseChoice(options.format, CITE_FORMATS, '--format');
  const dataset = await ctx.dataset();
  let refs = options.state !== undefined ? stateProfile(dataset, options.state).references : resolveReferences(dataset, numbers);
  if (options.state !== undefined && numbers.length) {
    // Both given: the numbered references among the state's (each number is still checked).
    const wanted = new Set(resolveReferences(dataset, numbers).map((r) => r.id));
    refs = refs.filter((r) => wanted.has(r.id));
  }
  if (options.json) return ctx.json(refs, options.json);
  if (format && format !== 'text') return ctx.out(formatReferences(refs, format));
  ctx.out(renderReferences(refs, await ctx.style()));
}
