import type { Reference } from '../schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Name = NonNullable<Reference['author']>[number];

function nameInverted(n: Name): string {
  return 'literal' in n ? n.literal : [n.family, n.given].filter(Boolean).join(', ');
}
function nameNatural(n: Name): string {
  return 'literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' ');
}

/** "Gale, William G., and Darrell M. West" — first author inverted, as Chicago does. */
export function authorList(authors: Reference['author']): string {
  if (!authors?.length) return '';
  const [first, ...rest] = authors;
  const names = [nameInverted(first!), ...rest.map(nameNatural)];
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** "September 17, 2025", "September 2025" or "2025", from CSL date-parts. */
export function formatCslDate(date: Reference['issued']): string {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  if (!y) return '';
  if (!m) return String(y);
  return d ? `${MONTHS[m - 1]} ${d}, ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** "Title." in double quotes: inner double quotes become single, and ? or ! replaces the period. */
export function quotedTitle(title: string): string {
  const inner = title.replace(/"([^"]*)"/g, '‘$1’').replace(/[.]$/, '');
  return /[?!]$/.test(inner) ? `"${inner}"` : `"${inner}."`;
}

/** The readable default citation (Chicago notes-bibliography in spirit), without the number. */
export function citationText(ref: Reference): string {
  const parts: string[] = [];
  const authors = authorList(ref.author);
  if (authors) parts.push(authors.endsWith('.') ? authors : `${authors}.`);
  parts.push(quotedTitle(ref.title));
  const where = [ref['container-title'], ref.publisher && ref.publisher !== ref['container-title'] ? ref.publisher : undefined, formatCslDate(ref.issued)]
    .filter(Boolean)
    .join(', ');
  if (where) parts.push(`${where}.`);
  if (ref.URL) parts.push(ref.URL);
  return parts.join(' ');
}
