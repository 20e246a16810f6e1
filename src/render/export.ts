// Whole-dataset export for spreadsheets and pipelines.
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Flatten a record for a CSV row: nested objects become dotted columns, lists of values `a; b`. */
export function flatten(record: Record<string, unknown>, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) out[name] = '';
    else if (Array.isArray(value)) out[name] = value.every((v) => typeof v !== 'object' || v === null) ? value.join('; ') : JSON.stringify(value);
    else if (typeof value === 'object') flatten(value as Record<string, unknown>, name, out);
    else out[name] = String(value);
  }
  return out;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document with a header row that is the union of every record's columns, in first-seen order. */
export function toCsv(records: Record<string, unknown>[]): string {
  const rows = records.map((r) => flatten(r));
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const col of Object.keys(row)) if (!seen.has(col)) { seen.add(col); columns.push(col); }
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((col) => csvField(row[col] ?? '')).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toNdjson(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}
