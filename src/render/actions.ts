import type { ActionDetail } from '../query/actions.js';
import type { Action } from '../schema.js';
import { renderReferenceList } from './cite.js';
import { refMarks, safe, STATUS_LABEL } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap, wrapBlock } from './wrap.js';

/** `softsec actions`: one line per action, oldest first. */
export function renderActionList(actions: Action[], style: Style): string {
  const head = `${actions.length} action${actions.length === 1 ? '' : 's'}`;
  const table = renderTable(
    [{ header: 'date', width: 10 }, { header: 'st', width: 2 }, { header: 'topic', width: 13 }, { header: 'title' }, { header: 'status', width: 11 }, { header: 'id' }],
    actions.map((a) => [a.date, a.jurisdiction.state ?? '', a.topic, safe(a.title), STATUS_LABEL[a.status] ?? a.status, a.id]),
    style,
  );
  return `${head}\n${table}`;
}

/** `softsec action <id>`: every field, then the references in full. */
export function renderActionDetail({ action: a, references }: ActionDetail, style: Style): string {
  const { c } = style;
  const field = (name: string, value: string | undefined) => (value ? `${c.bold(name.padEnd(12))}${safe(value)}` : undefined);
  const where = [a.jurisdiction.name, a.jurisdiction.state].filter(Boolean).join(', ');
  const lines = [
    c.bold(safe(a.title)),
    '',
    wrap(safe(a.summary), style.width, 0),
    '',
    field('id', a.id),
    field('where', `${where} (${a.jurisdiction.level})`),
    field('topic', a.topic),
    field('kind', a.kind),
    field('bill', a.bill),
    field('date', a.date),
    field('effective', a.effective),
    field('status', STATUS_LABEL[a.status]),
    field('lean', a.lean),
    field('resists', a.resists),
    field('note', a.note),
    field('refs', refMarks(a.refs)),
  ].filter((l): l is string => l !== undefined);
  lines.push(...renderReferenceList(references, style));
  return wrapBlock(lines, style.width, 12);
}
