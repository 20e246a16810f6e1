// `--json id,title,date` as gh does it: keep the named fields of each record.
import { BadValue } from '../errors.js';
import { quote } from '../query/text.js';

/** Parse the optional value of `--json`: true means all fields. */
export function parseFieldList(value: string | boolean | undefined): string[] | undefined {
  if (value === undefined || value === true || value === false) return undefined;
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.length) throw new BadValue(`--json ${quote(value)} names no field — give a comma-separated list like id,title,date, or none for all`);
  return fields;
}

/** Keep `fields` of a record or of each record in a list; an unknown field lists the ones there are. */
export function selectFields(value: unknown, fields: string[] | undefined): unknown {
  if (!fields) return value;
  const records = Array.isArray(value) ? value : [value];
  const available = new Set<string>();
  for (const r of records) if (r && typeof r === 'object') for (const k of Object.keys(r)) available.add(k);
  const unknown = fields.filter((f) => !available.has(f));
  if (unknown.length && records.length) {
    throw new BadValue(`unknown JSON field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => quote(f)).join(', ')} — available fields: ${[...available].sort().join(', ')}`);
  }
  const pick = (r: unknown) => Object.fromEntries(fields.map((f) => [f, (r as Record<string, unknown>)[f]]));
  return Array.isArray(value) ? value.map(pick) : pick(value);
}
