import type { Reference } from '../schema.js';
import { citationText } from './citation.js';
import { safe } from './format.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** One reference, its number marked, wrapped with a hanging indent past the number. */
function referenceLine(r: Reference, style: Style, indent: number, mark: (s: string) => string): string {
  return wrap(`${' '.repeat(indent)}${mark(`[${r.id}]`)} ${safe(citationText(r))}`, style.width, indent + 4);
}

/** Numbered, readable references, one per line (`softsec cite`). */
export function renderReferences(refs: Reference[], style: Style): string {
  return refs.map((r) => referenceLine(r, style, 0, style.c.bold)).join('\n');
}

/** The references a page cites, under a heading, indented, their numbers dimmed. */
export function renderReferenceList(refs: Reference[], style: Style, heading = 'References'): string[] {
  if (!refs.length) return [];
  return ['', style.c.bold(heading), ...refs.map((r) => referenceLine(r, style, 2, style.c.dim))];
}
