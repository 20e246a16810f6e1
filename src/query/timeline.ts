import type { Action, Dataset } from '../schema.js';
import { filterActions, parseActionFilter, type ActionFilterInput } from './actions.js';

export interface TimelineYear { year: string; actions: Action[] }

/** Actions grouped by year, oldest first; the same filters as `softsec actions`. */
export function timeline(dataset: Dataset, input: ActionFilterInput): TimelineYear[] {
  const actions = filterActions(dataset, parseActionFilter(dataset, input));
  const years: TimelineYear[] = [];
  for (const a of actions) {
    const year = a.date.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, actions: [] });
    years.at(-1)!.actions.push(a);
  }
  return years;
}
