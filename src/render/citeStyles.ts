// Citation styles for `softsec cite --format`. Each takes CSL-JSON items, as stored.
import type { Reference } from '../schema.js';
import { authorList, citationText, formatCslDate, quotedTitle } from './citation.js';

export const CITE_FORMATS = ['text', 'apa', 'mla', 'chicago', 'bibtex', 'csl-json', 'markdown'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

type Name = NonNullable<Reference['author']>[number];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const parts = (ref: Reference) => ref.issued?.['date-parts'][0] ?? [];
const site = (ref: Reference) => ref['container-title'] ?? ref.publisher;
const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Render references in one format; bibtex and csl-json give one document for the whole list. */
export function formatReferences(refs: Reference[], format: CiteFormat): string {
  switch (format) {
    case 'csl-json':
      return JSON.stringify(refs.map(toCslItem), null, 2);
    case 'bibtex':
      return bibtexEntries(refs).join('\n\n');
    case 'markdown':
      return refs.map((r) => `- **[${r.id}]** ${markdown(r)}`).join('\n');
    default:
      return refs.map((r) => `[${r.id}] ${formatOne(r, format)}`).join('\n');
  }
}

export function formatOne(ref: Reference, format: 'text' | 'apa' | 'mla' | 'chicago'): string {
  switch (format) {
    case 'apa': return apa(ref);
    case 'mla': return mla(ref);
    case 'chicago': return ref.URL ? `${citationText(ref)}.` : citationText(ref);
    default: return citationText(ref);
  }
}

/** CSL-JSON wants a string id; ours is a number, kept as its string form so tools can match it. */
export function toCslItem(ref: Reference): Record<string, unknown> {
  return { ...ref, id: String(ref.id) };
}

// APA 7: Gale, W. G., & West, D. M. (2025, September 17). Title. Site. URL
function apaName(n: Name): string {
  if ('literal' in n) return n.literal;
  const initials = (n.given ?? '').split(/[\s-]+/).filter(Boolean).map((g) => `${g[0]}.`).join(' ');
  return initials ? `${n.family}, ${initials}` : n.family;
}
export function apa(ref: Reference): string {
  const [y, m, d] = parts(ref);
  const date = y ? `(${[y, m ? MONTHS[m - 1] : undefined].filter(Boolean).join(', ')}${d ? ` ${d}` : ''})` : '(n.d.)';
  const names = (ref.author ?? []).map(apaName);
  const authors = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const title = end(ref.title);
  const head = authors ? `${end(authors)} ${date}. ${title}` : `${title} ${date}.`;
  return [head, site(ref) && end(site(ref)!), ref.URL].filter(Boolean).join(' ');
}

// MLA 9: Gale, William G., and Darrell M. West. "Title." Site, 17 Sept. 2025, www.example.org/x.
export function mla(ref: Reference): string {
  const names = ref.author ?? [];
  const authors = names.length > 2 ? `${authorList(names.slice(0, 1))}, et al.` : authorList(names);
  const [y, m, d] = parts(ref);
  const date = y ? [d, m ? MLA_MONTHS[m - 1] : undefined, y].filter(Boolean).join(' ') : undefined;
  const container = [site(ref), date, ref.URL?.replace(/^https?:\/\//, '')].filter(Boolean).join(', ');
  return [authors && end(authors), quotedTitle(ref.title), container && end(container)].filter(Boolean).join(' ');
}

function markdown(ref: Reference): string {
  const authors = authorList(ref.author);
  const where = [site(ref) && `*${site(ref)}*`, formatCslDate(ref.issued)].filter(Boolean).join(', ');
  return [authors && end(authors), quotedTitle(ref.title), where && `${where}.`, ref.URL && `<${ref.URL}>`].filter(Boolean).join(' ');
}

// BibTeX, readable by classic BibTeX, biblatex and pandoc.
const BIB_ESCAPE = /[{}&%$#_\\~^]/g;
export function bibEscape(value: string): string {
  return value.replace(BIB_ESCAPE, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`));
}

/** Stable, unique keys like gale2025war: first author's family name, year, first long title word. */
export function bibtexKeys(refs: Reference[]): string[] {
  const used = new Map<string, number>();
  return refs.map((ref) => {
    const first = ref.author?.[0];
    const who = first ? ('literal' in first ? first.literal : first.family) : site(ref) ?? 'ref';
    const word = ref.title.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).find((w) => w.length >= 3 && !STOPWORDS.has(w)) ?? 'ref';
    const base = `${ascii(who).split(' ')[0]}${parts(ref)[0] ?? 'nd'}${word}` || `ref${ref.id}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}${String.fromCharCode(96 + n + 1)}`;
  });
}
const STOPWORDS = new Set(['the', 'and', 'for', 'are', 'its', 'was', 'what', 'with', 'that', 'this', 'from', 'into', 'their', 'how', 'why', 'who']);
const ascii = (s: string) => s.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();

function bibtexEntries(refs: Reference[]): string[] {
  const keys = bibtexKeys(refs);
  return refs.map((ref, i) => {
    const [y, m, d] = parts(ref);
    const isArticle = ref.type === 'article-newspaper' || ref.type === 'article-magazine' || ref.type === 'article-journal';
    const type = isArticle ? 'article' : ref.type === 'report' ? 'techreport' : 'misc';
    const authors = (ref.author ?? []).map((n) => ('literal' in n ? `{${bibEscape(n.literal)}}` : [bibEscape(n.family), n.given && bibEscape(n.given)].filter(Boolean).join(', ')));
    const accessed = ref.accessed?.['date-parts'][0];
    const fields: [string, string | undefined][] = [
      ['author', authors.length ? authors.join(' and ') : undefined],
      ['title', `{${bibEscape(ref.title)}}`],
      [isArticle ? 'journal' : type === 'techreport' ? 'institution' : 'howpublished', site(ref) && bibEscape(site(ref)!)],
      ['publisher', ref.publisher && ref.publisher !== site(ref) ? bibEscape(ref.publisher) : undefined],
      ['year', y ? String(y) : undefined],
      ['month', m ? BIB_MONTHS[m - 1] : undefined],
      ['day', d ? String(d) : undefined],
      ['url', ref.URL],
      ['urldate', accessed ? accessed.map((p) => String(p).padStart(2, '0')).join('-') : undefined],
      ['note', ref.note && bibEscape(ref.note)],
    ];
    const body = fields
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`))
      .join(',\n');
    return `@${type}{${keys[i]},\n${body}\n}`;
  });
}
