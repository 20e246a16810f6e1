import type { Reference } from '../schema.js';
import { citationText } from './citation.js';
import { safe } from './format.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** Numbered, readable references, one per line. */
export function renderReferences(refs: Reference[], style: Style): string {
  return refs.map((r) => wrap(`${style.c.bold(`[${r.id}]`)} ${safe(citationText(r))}`, style.width, 4)).join('\n');
}

/** The references a page cites, under a heading, indented, wrapped with a hanging indent. */
export function renderReferenceList(refs: Reference[], style: Style, heading = 'References'): string[] {
  if (!refs.length) return [];
  return ['', style.c.bold(heading), ...refs.map((r) => wrap(`  ${style.c.dim(`[${r.id}]`)} ${safe(citationText(r))}`, style.width, 6))];
}
