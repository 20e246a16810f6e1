// Parsing of option values shared by commands: one wording for every bad value.
import { BadValue } from '../errors.js';
import { isRealDate } from '../vocab.js';
import { quote } from './text.js';

/** An enum option: the value or a BadValue that lists the valid ones. */
export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const v = value.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === v);
  if (found) return found;
  throw new BadValue(`${option} ${quote(value)} is not valid — use one of: ${allowed.join(', ')}`);
}

/** A whole number of at least 1 (`--limit`). */
export function parsePositiveInt(value: string, option: string): number {
  if (!/^\s*\d{1,6}\s*$/.test(value) || Number(value) < 1) {
    throw new BadValue(`${option} ${quote(value)} must be a whole number of at least 1`);
  }
  return Number(value);
}

/** `--since` / `--until`: YYYY, YYYY-MM or YYYY-MM-DD, a real date. */
export function parseDateOption(value: string, option: string): string {
  const v = value.trim();
  if (!isRealDate(v)) {
    throw new BadValue(`${option} ${quote(value)} is not a date — use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-10-06`);
  }
  return v;
}

/** Earliest and latest full dates a partial ISO date can mean: "2019" is 2019-01-01 … 2019-12-31. */
export function dateRange(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}
