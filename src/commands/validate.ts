import type { Context } from '../context.js';
import { bundledDataDir, loadDataset } from '../data/load.js';
import { BadDataset } from '../errors.js';
import { datasetStats } from '../query/stats.js';
import { renderStats } from '../render/stats.js';

export interface ValidateOptions { json?: string | boolean }

/** `softsec validate [dir]`: full schema and integrity check, then the dataset's counts. */
export async function runValidate(ctx: Context, dir: string | undefined, options: ValidateOptions): Promise<void> {
  const target = dir ?? ctx.dataDir ?? bundledDataDir();
  try {
    const stats = datasetStats(await loadDataset({ dir: target, validate: true }));
    if (options.json) return ctx.json({ ok: true, dir: target, problems: [], stats }, options.json);
    ctx.out(renderStats(stats, dir ?? ctx.dataDir ?? 'the bundled dataset', await ctx.style()));
  } catch (error) {
    // The JSON report goes to stdout for scripts; the error line and exit code follow as usual.
    if (options.json && error instanceof BadDataset) await ctx.json({ ok: false, dir: target, problems: error.problems });
    throw error;
  }
}
