import type { Dataset } from '../schema.js';
import { TOPIC_IDS, type TopicId } from '../topics.js';
import { fiscalSeries, seriesKey } from './fiscal.js';
import { parseChoice } from './options.js';
import { byText } from './text.js';

export interface StateRow {
  code: string;
  name: string;
  type: string;
  winner2024: string | null;
  actions: number;
  byTopic: Record<TopicId, number>;
  /** Per-person balance of payments from the series that covers the most states. */
  balancePerCapita: number | null;
}

export const STATE_SORT_KEYS = ['code', 'name', 'type', 'winner', 'actions', 'balance', ...TOPIC_IDS] as const;
export type StateSortKey = (typeof STATE_SORT_KEYS)[number];

export interface StatesTable { rows: StateRow[]; topic?: TopicId; balanceSeries?: { source: string; fiscalYear: string } }

/** All 56 jurisdictions with counts per topic; `topic` keeps only those with an action in it. */
export function statesTable(dataset: Dataset, options: { sort?: string; topic?: string; reverse?: boolean } = {}): StatesTable {
  const sort = options.sort ? parseChoice(options.sort, STATE_SORT_KEYS, '--sort') : 'code';
  const topic = options.topic ? parseChoice(options.topic, TOPIC_IDS, '--topic') : undefined;
  // Per-capita figures are comparable only within one series: take the broadest one that has them.
  const series = fiscalSeries({ states: dataset.states.map((s) => ({ ...s, balanceOfPayments: s.balanceOfPayments.filter((b) => b.perCapita !== undefined) })) })[0];
  const rows = dataset.states.map((s): StateRow => {
    const mine = dataset.actions.filter((a) => a.jurisdiction.state === s.code);
    const byTopic = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
    for (const a of mine) byTopic[a.topic]++;
    const bop = series && s.balanceOfPayments.find((b) => seriesKey(b) === seriesKey(series));
    return { code: s.code, name: s.name, type: s.type, winner2024: s.election2024?.winner ?? null, actions: mine.length, byTopic, balancePerCapita: bop?.perCapita ?? null };
  });
  const filtered = topic ? rows.filter((r) => r.byTopic[topic] > 0) : rows;
  const key = (r: StateRow): string | number => {
    switch (sort) {
      case 'code': return r.code;
      case 'name': return r.name;
      case 'type': return r.type;
      case 'winner': return r.winner2024 ?? '~';
      case 'actions': return -r.actions;
      case 'balance': return r.balancePerCapita ?? Number.POSITIVE_INFINITY;
      default: return -r.byTopic[sort];
    }
  };
  filtered.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = typeof ka === 'number' ? ka - (kb as number) : byText(ka, kb as string);
    return (options.reverse ? -order : order) || byText(a.code, b.code);
  });
  return { rows: filtered, topic, balanceSeries: series && { source: series.source, fiscalYear: series.fiscalYear } };
}
