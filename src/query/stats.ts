import type { Dataset } from '../schema.js';
import { TOPIC_IDS, type TopicId } from '../topics.js';

export interface DatasetStats {
  references: number;
  states: number;
  actions: number;
  alliances: number;
  actionsByTopic: Record<TopicId, number>;
  /** Actions below state level: city, county or court. */
  localActions: number;
  /** States and DC that have no action yet (the coverage goal is none). */
  statesWithoutActions: string[];
}

export function datasetStats(d: Dataset): DatasetStats {
  const actionsByTopic = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  for (const a of d.actions) actionsByTopic[a.topic]++;
  const withActions = new Set(d.actions.map((a) => a.jurisdiction.state));
  return {
    references: d.references.length,
    states: d.states.length,
    actions: d.actions.length,
    alliances: d.alliances.length,
    actionsByTopic,
    localActions: d.actions.filter((a) => ['city', 'county', 'court'].includes(a.jurisdiction.level)).length,
    statesWithoutActions: d.states.filter((s) => s.type !== 'territory' && !withActions.has(s.code)).map((s) => s.code),
  };
}
