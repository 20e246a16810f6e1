import type { DatasetStats } from '../query/stats.js';
import type { Style } from './style.js';
import { wrapBlock } from './wrap.js';

export function renderStats(stats: DatasetStats, dir: string, style: Style): string {
  const { c } = style;
  const lines = [
    `${c.green('✓')} ${dir}: valid`,
    `  ${stats.references} references · ${stats.states} jurisdictions · ${stats.actions} actions · ${stats.alliances} alliances`,
    `  ${stats.localActions} actions at city, county or court level`,
    `  by topic: ${Object.entries(stats.actionsByTopic).map(([t, n]) => `${t} ${n}`).join(' · ')}`,
  ];
  if (stats.statesWithoutActions.length) lines.push(`  states and DC without an action: ${stats.statesWithoutActions.join(' ')}`);
  return wrapBlock(lines, style.width, 4);
}
