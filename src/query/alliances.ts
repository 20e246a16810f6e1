import { NotFound } from '../errors.js';
import type { Alliance, Dataset, Reference, State } from '../schema.js';
import { referencesFor } from './actions.js';
import { byText, closest, normalize, quote } from './text.js';

export interface AllianceDetail { alliance: Alliance; members: Pick<State, 'code' | 'name'>[]; references: Reference[] }

export function listAlliances(dataset: Pick<Dataset, 'alliances'>): Alliance[] {
  return [...dataset.alliances].sort((a, b) => byText(a.formed, b.formed) || byText(a.id, b.id));
}

/** An alliance by id or name, any case; a near miss suggests the right one. */
export function allianceDetail(dataset: Pick<Dataset, 'alliances' | 'states' | 'references'>, input: string): AllianceDetail {
  const key = normalize(input);
  const alliance = dataset.alliances.find((a) => normalize(a.id) === key || normalize(a.name) === key);
  if (!alliance) {
    const guess = closest(input, dataset.alliances, (a) => [a.id, a.name]);
    const hint = guess ? `did you mean ${guess.name} (${guess.id})?` : 'list them with `softsec alliances`';
    throw new NotFound(`unknown alliance ${quote(input)} — ${hint}`);
  }
  const names = new Map(dataset.states.map((s) => [s.code, s.name]));
  const members = alliance.members.map((code) => ({ code, name: names.get(code) ?? code }));
  return { alliance, members, references: referencesFor(dataset, alliance.refs) };
}
