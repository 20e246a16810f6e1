import type { Reference } from '../schema.js';
import { citationText } from './citation.js';
import { safe } from './format.js';
import type { Style } from './style.js';

/** Numbered, readable references, one per line. */
export function renderReferences(refs: Reference[], style: Style): string {
  return refs.map((r) => `${style.c.bold(`[${r.id}]`)} ${safe(citationText(r))}`).join('\n');
}
