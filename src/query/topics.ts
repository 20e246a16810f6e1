import type { Action, Dataset, Reference } from '../schema.js';
import { OVERVIEW_REFS, TOPICS, TOPIC_IDS, type TopicId } from '../topics.js';
import { referencesFor } from './actions.js';
import { parseChoice } from './options.js';
import { byText } from './text.js';

export interface TopicCount { id: TopicId; description: string; actions: number; states: number; blue: number; red: number; bipartisan: number }

export interface TopicDetail extends TopicCount {
  federal: string;
  keyCases: Pick<Action, 'id' | 'title' | 'date' | 'refs'>[];
  byStatus: Partial<Record<Action['status'], number>>;
  /** The jurisdictions with the most actions on the topic, most first. */
  mostActive: { code: string; name: string; actions: number }[];
  references: Reference[];
}

export function topicCounts(dataset: Pick<Dataset, 'actions'>): TopicCount[] {
  return TOPIC_IDS.map((id) => count(dataset, id));
}

function count(dataset: Pick<Dataset, 'actions'>, id: TopicId): TopicCount {
  const actions = dataset.actions.filter((a) => a.topic === id);
  const lean = (l: Action['lean']) => actions.filter((a) => a.lean === l).length;
  return {
    id,
    description: TOPICS[id].description,
    actions: actions.length,
    states: new Set(actions.map((a) => a.jurisdiction.state).filter(Boolean)).size,
    blue: lean('blue'),
    red: lean('red'),
    bipartisan: lean('bipartisan'),
  };
}

export function topicDetail(dataset: Dataset, input: string, top = 5): TopicDetail {
  const id = parseChoice(input, TOPIC_IDS, 'topic');
  const info = TOPICS[id];
  const actions = dataset.actions.filter((a) => a.topic === id);
  const byStatus: TopicDetail['byStatus'] = {};
  for (const a of actions) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  const perState = new Map<string, number>();
  for (const a of actions) if (a.jurisdiction.state) perState.set(a.jurisdiction.state, (perState.get(a.jurisdiction.state) ?? 0) + 1);
  const names = new Map(dataset.states.map((s) => [s.code, s.name]));
  const mostActive = [...perState]
    .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
    .slice(0, top)
    .map(([code, n]) => ({ code, name: names.get(code) ?? code, actions: n }));
  const byId = new Map(dataset.actions.map((a) => [a.id, a]));
  const keyCases = info.keyCases
    .map((caseId) => byId.get(caseId))
    .filter((a): a is Action => a !== undefined)
    .map(({ id: caseId, title, date, refs }) => ({ id: caseId, title, date, refs }));
  const references = referencesFor(dataset, [...info.refs, ...keyCases.flatMap((c) => c.refs)]);
  return { ...count(dataset, id), federal: info.federal, keyCases, byStatus, mostActive, references };
}

export function overviewReferences(dataset: Pick<Dataset, 'references'>): Reference[] {
  return referencesFor(dataset, OVERVIEW_REFS);
}
