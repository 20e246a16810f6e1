import type { SearchHit } from '../query/search.js';
import { safe } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

export function renderSearch(hits: SearchHit[], query: string, total: number, style: Style): string {
  const shown = hits.length < total ? ` (showing ${hits.length}; --limit to change)` : '';
  const head = `${total} result${total === 1 ? '' : 's'} for "${safe(query)}"${shown}`;
  const table = renderTable(
    [{ header: 'type', width: 9 }, { header: 'id' }, { header: 'title' }, { header: 'matched', width: 8 }],
    hits.map((h) => [h.type, h.id, safe(h.title), h.field]),
    style,
  );
  return `${head}\n${table}`;
}
