import type { Context } from '../context.js';
import { BadValue } from '../errors.js';
import { parseChoice } from '../query/options.js';
import { EXPORT_FORMATS, toCsv, toNdjson } from '../render/export.js';
import type { Dataset } from '../schema.js';

const ENTITIES = ['actions', 'states', 'alliances', 'references'] as const;

/** `softsec export`: the whole dataset, or one entity, as JSON, NDJSON or CSV. */
export async function runExport(ctx: Context, options: { format?: string; entity?: string }): Promise<void> {
  const format = parseChoice(options.format ?? 'json', EXPORT_FORMATS, '--format');
  const entity = options.entity === undefined ? undefined : parseChoice(options.entity, ENTITIES, '--entity');
  const dataset = await ctx.dataset();
  if (format === 'csv' && !entity) {
    // One CSV has one header row, so a spreadsheet gets one entity at a time.
    throw new BadValue(`--format csv needs --entity: one of ${ENTITIES.join(', ')}`);
  }
  if (format === 'json') return ctx.json(entity ? dataset[entity] : dataset);
  const records = entity ? (dataset[entity] as unknown[]) : ENTITIES.flatMap((e) => (dataset as Dataset)[e].map((r) => ({ entity: e, ...r })));
  ctx.io.stdout(format === 'csv' ? toCsv(records as Record<string, unknown>[]) : toNdjson(records));
}
