import type { FiscalChart } from '../query/fiscal.js';
import { label } from '../query/fiscal.js';
import { formatMoney, refMarks } from './format.js';
import type { Style } from './style.js';
import { wrap, wrapBlock } from './wrap.js';

const BAR_MAX = 40;

/** Horizontal bars, biggest donor first; ▼ marks a donor so the chart reads without color. */
export function renderFiscal(chart: FiscalChart, style: Style): string {
  const { c } = style;
  const value = (r: FiscalChart['rows'][number]) => r[chart.unit] ?? 0;
  const perCapitaOnly = chart.unit === 'perCapita';
  const max = Math.max(...chart.rows.map((r) => Math.abs(value(r))), 1);
  const barRoom = Math.max(8, Math.min(BAR_MAX, (style.width ?? 100) - 48));
  const lines = [
    c.bold(`Federal balance of payments — ${label(chart.series)}`),
    wrap(c.dim(`${chart.series.method}. Negative = the state pays more in federal taxes than it receives (a donor state).`), style.width, 0),
    '',
  ];
  for (const r of chart.rows) {
    const v = value(r);
    const bar = '█'.repeat(Math.max(1, Math.round((Math.abs(v) / max) * barRoom)));
    const amount = formatMoney(v).padStart(10);
    const perPerson = !perCapitaOnly && r.perCapita !== undefined ? c.dim(` ${formatMoney(r.perCapita)}/person`) : '';
    const mark = r.donor ? '▼' : '▲';
    const colored = r.donor ? c.yellow(bar) : c.green(bar);
    lines.push(`  ${r.code} ${mark} ${amount}  ${colored}${perPerson}  ${c.dim(refMarks(r.refs))}`);
  }
  lines.push('', `${chart.donors} of ${chart.rows.length} states charted are donors (▼).${perCapitaOnly ? ' Figures are per person.' : ''}`);
  if (chart.otherUnit.length) {
    const other = chart.otherUnit.map((r) => `${r.code} ${formatMoney((perCapitaOnly ? r.total : r.perCapita) ?? 0)}${perCapitaOnly ? '' : '/person'}`);
    lines.push(`Also in this series, in the other unit: ${other.join(', ')}.`);
  }
  const others = chart.available.filter((s) => s !== chart.series);
  if (others.length) {
    lines.push(c.dim(wrap(`Other series (methods and years differ; pick with --source and --year): ${others.map(label).join('; ')}`, style.width, 2)));
  }
  return wrapBlock(lines, style.width);
}
