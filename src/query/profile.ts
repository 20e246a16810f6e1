import type { Action, Alliance, Dataset, Reference, State } from '../schema.js';
import { TOPIC_IDS } from '../topics.js';
import { resolveState } from './lookup.js';
import { byText } from './text.js';

export interface StateProfile {
  state: State;
  actions: Action[];
  alliances: Alliance[];
  /** Every reference the profile cites, in number order. */
  references: Reference[];
}

/** One jurisdiction with its actions (by topic, then date), its alliances and the references behind them. */
export function stateProfile(dataset: Dataset, input: string): StateProfile {
  const state = resolveState(dataset, input);
  const actions = dataset.actions
    .filter((a) => a.jurisdiction.state === state.code)
    .sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || byText(a.date, b.date) || byText(a.id, b.id));
  const alliances = dataset.alliances.filter((a) => a.members.includes(state.code)).sort((a, b) => byText(a.formed, b.formed));
  const cited = new Set<number>([
    ...state.refs,
    ...(state.population?.refs ?? []),
    ...(state.governor?.refs ?? []),
    ...(state.election2024?.refs ?? []),
    ...state.balanceOfPayments.flatMap((b) => b.refs),
    ...actions.flatMap((a) => a.refs),
    ...alliances.flatMap((a) => a.refs),
  ]);
  const references = dataset.references.filter((r) => cited.has(r.id)).sort((a, b) => a.id - b.id);
  return { state, actions, alliances, references };
}
