import { BadValue } from '../errors.js';
import type { Action, Dataset, State } from '../schema.js';
import { TOPIC_IDS, type TopicId } from '../topics.js';
import { resolveState } from './lookup.js';
import { byText } from './text.js';

export interface Comparison {
  states: State[];
  /** One row per topic that any of the states acted on; `actions[i]` belongs to `states[i]`. */
  topics: { topic: TopicId; actions: Action[][] }[];
}

/** Two or more jurisdictions side by side, topic by topic. */
export function compareStates(dataset: Dataset, inputs: string[]): Comparison {
  if (inputs.length < 2) throw new BadValue('compare needs at least two states, e.g. `softsec compare CA TX`');
  const states = inputs.map((input) => resolveState(dataset, input));
  const codes = states.map((s) => s.code);
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) throw new BadValue(`${repeated} is given twice — compare different states`);
  const topics = TOPIC_IDS.map((topic) => ({
    topic,
    actions: states.map((s) => dataset.actions.filter((a) => a.topic === topic && a.jurisdiction.state === s.code).sort((a, b) => byText(a.date, b.date))),
  })).filter((row) => row.actions.some((list) => list.length > 0));
  return { states, topics };
}
