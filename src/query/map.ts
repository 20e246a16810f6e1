import { BadValue } from '../errors.js';
import type { Dataset } from '../schema.js';
import { TOPIC_IDS } from '../topics.js';
import { allianceDetail } from './alliances.js';
import { fiscalChart, label } from './fiscal.js';
import { parseChoice } from './options.js';

/** The familiar US tile grid: [code, row, column]. One tile per state and DC. */
export const TILE_GRID: [string, number, number][] = [
  ['AK', 0, 0], ['ME', 0, 11],
  ['VT', 1, 10], ['NH', 1, 11],
  ['WA', 2, 0], ['ID', 2, 1], ['MT', 2, 2], ['ND', 2, 3], ['MN', 2, 4], ['IL', 2, 5], ['WI', 2, 6], ['MI', 2, 7], ['NY', 2, 8], ['RI', 2, 9], ['MA', 2, 10],
  ['OR', 3, 0], ['NV', 3, 1], ['WY', 3, 2], ['SD', 3, 3], ['IA', 3, 4], ['IN', 3, 5], ['OH', 3, 6], ['PA', 3, 7], ['NJ', 3, 8], ['CT', 3, 9],
  ['CA', 4, 0], ['UT', 4, 1], ['CO', 4, 2], ['NE', 4, 3], ['MO', 4, 4], ['KY', 4, 5], ['WV', 4, 6], ['VA', 4, 7], ['MD', 4, 8], ['DE', 4, 9],
  ['AZ', 5, 1], ['NM', 5, 2], ['KS', 5, 3], ['AR', 5, 4], ['TN', 5, 5], ['NC', 5, 6], ['SC', 5, 7], ['DC', 5, 8],
  ['OK', 6, 3], ['LA', 6, 4], ['MS', 6, 5], ['AL', 6, 6], ['GA', 6, 7],
  ['HI', 7, 0], ['TX', 7, 3], ['FL', 7, 8],
];

/** A category of the legend: a symbol so the map reads without color, and a color name for those who have it. */
export interface MapCategory { key: string; symbol: string; color: 'blue' | 'red' | 'magenta' | 'green' | 'yellow' | 'gray'; label: string; count: number }

export interface MapResult {
  title: string;
  categories: MapCategory[];
  /** Category key per state code. */
  tiles: Record<string, string>;
}

export interface MapOptions { topic?: string; alliance?: string; fiscal?: boolean; source?: string; year?: string }

export function mapData(dataset: Dataset, options: MapOptions): MapResult {
  const modes = [options.topic !== undefined, options.alliance !== undefined, Boolean(options.fiscal)].filter(Boolean).length;
  if (modes !== 1) throw new BadValue('map needs exactly one of --topic <topic>, --alliance <id>, --fiscal — e.g. `softsec map --topic cannabis`');
  const codes = TILE_GRID.map(([code]) => code);
  let result: Omit<MapResult, 'categories'> & { categories: Omit<MapCategory, 'count'>[] };

  if (options.topic !== undefined) {
    const topic = parseChoice(options.topic, TOPIC_IDS, '--topic');
    const tiles: Record<string, string> = {};
    for (const code of codes) {
      const leans = new Set(dataset.actions.filter((a) => a.topic === topic && a.jurisdiction.state === code).map((a) => a.lean));
      const blue = leans.has('blue');
      const red = leans.has('red');
      tiles[code] = blue && red ? 'both' : blue ? 'blue' : red ? 'red' : leans.has('bipartisan') ? 'bipartisan' : 'none';
    }
    result = {
      title: `Actions on ${topic}, by the lean of the act`,
      tiles,
      categories: [
        { key: 'blue', symbol: '●', color: 'blue', label: 'blue acts' },
        { key: 'red', symbol: '▲', color: 'red', label: 'red acts' },
        { key: 'both', symbol: '◆', color: 'magenta', label: 'both' },
        { key: 'bipartisan', symbol: '■', color: 'green', label: 'bipartisan only' },
        { key: 'none', symbol: '·', color: 'gray', label: 'none recorded' },
      ],
    };
  } else if (options.alliance !== undefined) {
    const { alliance } = allianceDetail(dataset, options.alliance);
    const tiles = Object.fromEntries(codes.map((code) => [code, alliance.members.includes(code) ? 'member' : 'none']));
    const outside = alliance.members.filter((m) => !codes.includes(m));
    result = {
      title: `${alliance.name} (formed ${alliance.formed})${outside.length ? `; also ${outside.join(', ')}` : ''}`,
      tiles,
      categories: [
        { key: 'member', symbol: '■', color: 'blue', label: 'member' },
        { key: 'none', symbol: '·', color: 'gray', label: 'not a member' },
      ],
    };
  } else {
    const chart = fiscalChart(dataset, { source: options.source, year: options.year });
    const byCode = new Map(chart.rows.map((r) => [r.code, r]));
    const tiles = Object.fromEntries(codes.map((code) => {
      const row = byCode.get(code);
      return [code, row ? (row.donor ? 'donor' : 'receiver') : 'none'];
    }));
    result = {
      title: `Federal balance of payments: ${label(chart.series)}`,
      tiles,
      categories: [
        { key: 'donor', symbol: '▼', color: 'yellow', label: 'pays more than it receives' },
        { key: 'receiver', symbol: '▲', color: 'green', label: 'receives more than it pays' },
        { key: 'none', symbol: '·', color: 'gray', label: 'no figure in this series' },
      ],
    };
  }
  const counts = new Map<string, number>();
  for (const key of Object.values(result.tiles)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return { ...result, categories: result.categories.map((c) => ({ ...c, count: counts.get(c.key) ?? 0 })) };
}
