import { BadValue, NotFound } from '../errors.js';
import type { Dataset, Reference, State } from '../schema.js';
import { closest, normalize, quote } from './text.js';

/** Find a jurisdiction by USPS code or name, any case: `CA`, `ca`, `California`, `new york`. */
export function resolveState(dataset: Pick<Dataset, 'states'>, input: string): State {
  if (!input.trim()) throw new BadValue('state must not be empty: give a USPS code like CA or a name like California');
  const key = normalize(input);
  const found = dataset.states.find((s) => s.code.toLowerCase() === key || normalize(s.name) === key);
  if (found) return found;
  const guess = closest(input, dataset.states, (s) => [s.name, s.code]);
  const hint = guess ? `did you mean ${guess.name} (${guess.code})?` : 'run `softsec search <name>` or use a USPS code like CA';
  throw new NotFound(`unknown state ${quote(input)} — ${hint}`);
}

/** Parse a reference number strictly: `7` yes; `7abc`, `0`, `-1`, `1e309` no. */
export function parseReferenceNumber(input: string, max: number): number {
  if (!/^\d{1,9}$/.test(input.trim())) {
    throw new BadValue(`reference number ${quote(input)} is not a whole number — use 1 to ${max}`);
  }
  return Number(input.trim());
}

export function resolveReferences(dataset: Pick<Dataset, 'references'>, inputs: string[]): Reference[] {
  const byId = new Map(dataset.references.map((r) => [r.id, r]));
  const max = Math.max(0, ...dataset.references.map((r) => r.id));
  if (inputs.length === 0) return [...dataset.references].sort((a, b) => a.id - b.id);
  return inputs.map((input) => {
    const n = parseReferenceNumber(input, max);
    const ref = byId.get(n);
    if (!ref) throw new NotFound(`no reference ${n} — references are numbered 1 to ${max}`);
    return ref;
  });
}
