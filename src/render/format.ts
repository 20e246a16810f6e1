// Number and label formatting shared by renderers.

export function formatPopulation(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} M`;
  if (n >= 1_000) return `${Math.round(n / 1_000)} k`;
  return String(n);
}

/** Signed dollars with a real minus sign: −$12.3 B, +$450 M, −$1,234. */
export function formatMoney(n: number): string {
  const sign = n < 0 ? '−' : n > 0 ? '+' : '';
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(1)} B`;
  if (abs >= 1e6) return `${sign}$${Math.round(abs / 1e6)} M`;
  return `${sign}$${groupThousands(Math.round(abs))}`;
}

/** 1234567 → "1,234,567" without toLocaleString, whose ICU start-up costs more than a whole run. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "[3] [14]": spaced so a narrow column can wrap between numbers. */
export function refMarks(refs: number[]): string {
  return refs.map((r) => `[${r}]`).join(' ');
}

export const STATUS_LABEL: Record<string, string> = {
  'in-effect': 'in effect',
  blocked: 'blocked',
  'struck-down': 'struck down',
  repealed: 'repealed',
  expired: 'expired',
  proposed: 'proposed',
};

/** Text from the data, made safe to print on a terminal: no raw escape sequences. */
export { escapeControls as safe } from '../query/text.js';
