import { BadValue, NotFound } from '../errors.js';
import type { Action, Dataset, Reference } from '../schema.js';
import { KINDS, LEANS, LEVELS, STATUSES } from '../vocab.js';
import { TOPIC_IDS, type TopicId } from '../topics.js';
import { resolveState } from './lookup.js';
import { dateRange, parseChoice, parseDateOption } from './options.js';
import { byText, closest, quote } from './text.js';

/** Filters as the user typed them; every one is optional and they combine with AND. */
export interface ActionFilterInput {
  state?: string;
  topic?: string;
  level?: string;
  kind?: string;
  status?: string;
  lean?: string;
  since?: string;
  until?: string;
}

export interface ActionFilter {
  state?: string;
  topic?: TopicId;
  level?: Action['jurisdiction']['level'];
  kind?: Action['kind'];
  status?: Action['status'];
  lean?: Action['lean'];
  since?: string;
  until?: string;
}

/** Validate every filter before any work, so a bad value is reported whatever else is wrong. */
export function parseActionFilter(dataset: Pick<Dataset, 'states'>, input: ActionFilterInput): ActionFilter {
  const filter: ActionFilter = {};
  if (input.state !== undefined) filter.state = resolveState(dataset, input.state).code;
  if (input.topic !== undefined) filter.topic = parseChoice(input.topic, TOPIC_IDS, '--topic');
  if (input.level !== undefined) filter.level = parseChoice(input.level, LEVELS, '--level');
  if (input.kind !== undefined) filter.kind = parseChoice(input.kind, KINDS, '--kind');
  if (input.status !== undefined) filter.status = parseChoice(input.status, STATUSES, '--status');
  if (input.lean !== undefined) filter.lean = parseChoice(input.lean, LEANS, '--lean');
  if (input.since !== undefined) filter.since = parseDateOption(input.since, '--since');
  if (input.until !== undefined) filter.until = parseDateOption(input.until, '--until');
  if (filter.since && filter.until && dateRange(filter.since)[0] > dateRange(filter.until)[1]) {
    throw new BadValue(`--since ${filter.since} is after --until ${filter.until} — swap them`);
  }
  return filter;
}

/** Actions matching every filter, oldest first. A partial date matches if any day of it is in range. */
export function filterActions(dataset: Pick<Dataset, 'actions'>, filter: ActionFilter): Action[] {
  const since = filter.since ? dateRange(filter.since)[0] : undefined;
  const until = filter.until ? dateRange(filter.until)[1] : undefined;
  return dataset.actions
    .filter((a) => {
      if (filter.state && a.jurisdiction.state !== filter.state) return false;
      if (filter.topic && a.topic !== filter.topic) return false;
      if (filter.level && a.jurisdiction.level !== filter.level) return false;
      if (filter.kind && a.kind !== filter.kind) return false;
      if (filter.status && a.status !== filter.status) return false;
      if (filter.lean && a.lean !== filter.lean) return false;
      const [start, end] = dateRange(a.date);
      if (since && end < since) return false;
      if (until && start > until) return false;
      return true;
    })
    .sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
}

export interface ActionDetail { action: Action; references: Reference[] }

/** One action by id, with its references; a near miss suggests the right id. */
export function actionDetail(dataset: Pick<Dataset, 'actions' | 'references'>, id: string): ActionDetail {
  const key = id.trim().toLowerCase();
  const action = dataset.actions.find((a) => a.id === key);
  if (!action) {
    const guess = closest(key, dataset.actions, (a) => [a.id]);
    const hint = guess ? `did you mean ${guess.id}?` : 'find ids with `softsec actions` or `softsec search <words>`';
    throw new NotFound(`unknown action ${quote(id)} — ${hint}`);
  }
  return { action, references: referencesFor(dataset, action.refs) };
}

export function referencesFor(dataset: Pick<Dataset, 'references'>, refs: Iterable<number>): Reference[] {
  const wanted = new Set(refs);
  return dataset.references.filter((r) => wanted.has(r.id)).sort((a, b) => a.id - b.id);
}
