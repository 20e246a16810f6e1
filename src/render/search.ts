import type { SearchHit } from '../query/search.js';
import { safe } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

export function renderSearch(hits: SearchHit[], query: string, total: number, style: Style): string {
  const shown = hits.length < total ? ` (showing ${hits.length}; --limit to change)` : '';
  const head = `${total} result${total === 1 ? '' : 's'} for "${safe(query)}"${shown}`;
  // Ids are short slugs or numbers: size their column to fit, and give the titles the rest.
  const idWidth = Math.min(42, Math.max(2, ...hits.map((h) => h.id.length)));
  const table = renderTable(
    [{ header: 'type', width: 9 }, { header: 'id', width: idWidth }, { header: 'title' }, { header: 'matched', width: 8 }],
    hits.map((h) => [h.type, h.id, safe(h.title), h.field]),
    style,
  );
  return `${head}\n${table}`;
}
