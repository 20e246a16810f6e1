import { BadValue } from '../errors.js';
import type { BalanceOfPayments, Dataset, State } from '../schema.js';
import { byText, quote } from './text.js';

/** One published series: a source's figures for one fiscal year. */
export interface FiscalSeries { source: string; fiscalYear: string; method: string; states: number }

export interface FiscalRow {
  code: string;
  name: string;
  total?: number;
  perCapita?: number;
  /** Pays more in federal taxes than it receives in federal spending. */
  donor: boolean;
  refs: number[];
}

export interface FiscalChart {
  series: FiscalSeries;
  available: FiscalSeries[];
  /** What the bars compare: dollars in all, or dollars per person, whichever the series gives for most states. */
  unit: 'total' | 'perCapita';
  rows: FiscalRow[];
  /** States in the series whose figure is in the other unit only: listed, not charted against the rest. */
  otherUnit: FiscalRow[];
  donors: number;
}

/** Every series in the data, the one with the most states first (then the newest). */
export function fiscalSeries(dataset: Pick<Dataset, 'states'>): FiscalSeries[] {
  const counts = new Map<string, FiscalSeries>();
  for (const s of dataset.states) {
    for (const b of s.balanceOfPayments) {
      const key = seriesKey(b);
      const entry = counts.get(key) ?? { source: b.source, fiscalYear: b.fiscalYear, method: b.method, states: 0 };
      entry.states++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.states - a.states || byText(b.fiscalYear, a.fiscalYear) || byText(a.source, b.source));
}

/**
 * The balance of payments ranked, most negative (biggest donor) first, for one series.
 * `source` matches a substring of the publisher, `year` a substring of the fiscal year label.
 */
export function fiscalChart(dataset: Pick<Dataset, 'states'>, options: { source?: string; year?: string } = {}): FiscalChart {
  const available = fiscalSeries(dataset);
  const matches = available.filter(
    (s) =>
      (!options.source || s.source.toLowerCase().includes(options.source.trim().toLowerCase())) &&
      (!options.year || s.fiscalYear.toLowerCase().includes(options.year.trim().toLowerCase())),
  );
  const series = matches[0];
  if (!series) {
    const wanted = [options.source && `--source ${quote(options.source)}`, options.year && `--year ${quote(options.year)}`].filter(Boolean).join(' ');
    throw new BadValue(`no balance-of-payments series matches ${wanted || 'the data'} — available: ${available.map(label).join('; ') || 'none'}`);
  }
  const rows: FiscalRow[] = [];
  for (const s of dataset.states) {
    const b = s.balanceOfPayments.find((x) => seriesKey(x) === seriesKey(series));
    if (b) rows.push(row(s, b));
  }
  // Totals and per-person figures do not share a scale: chart the unit most states have.
  const withTotal = rows.filter((r) => r.total !== undefined).length;
  const unit = withTotal >= rows.length - withTotal ? 'total' : 'perCapita';
  const charted = rows.filter((r) => r[unit] !== undefined).sort((a, b) => a[unit]! - b[unit]! || byText(a.code, b.code));
  const otherUnit = rows.filter((r) => r[unit] === undefined);
  return { series, available, unit, rows: charted, otherUnit, donors: charted.filter((r) => r.donor).length };
}

function row(s: State, b: BalanceOfPayments): FiscalRow {
  const sign = b.total ?? b.perCapita ?? 0;
  return { code: s.code, name: s.name, total: b.total, perCapita: b.perCapita, donor: sign < 0, refs: b.refs };
}

/** The variant of a series that leaves one-time COVID-19 relief out of federal spending. */
export function excludesCovidRelief(method: string): boolean {
  return /excluding/i.test(method);
}

/** Figures are comparable only within one source, fiscal year and method. */
export function seriesKey(b: Pick<BalanceOfPayments, 'source' | 'fiscalYear' | 'method'>): string {
  return [b.source, b.fiscalYear, b.method].join('\u0000');
}

export function label(s: FiscalSeries): string {
  const variant = excludesCovidRelief(s.method) ? ', excluding COVID-19 relief' : '';
  return `${s.source}, ${s.fiscalYear}${variant} (${s.states} ${s.states === 1 ? 'state' : 'states'})`;
}
