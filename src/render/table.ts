import Table from 'cli-table3';
import type { Style } from './style.js';

export interface Column {
  header: string;
  /** Fixed width; columns without one share what the terminal has left. */
  width?: number;
}

// A borderless table: the terminal is narrow and borders cost columns.
const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '',
};

/** A heading row that spans the table, e.g. a topic name above its actions. */
export interface Section { section: string }
export type Row = string[] | Section;

/** Rows under bold headers; wraps to style.width on a terminal, never wraps when piped. */
export function renderTable(columns: Column[], rows: Row[], style: Style, indent = 2): string {
  const options: ConstructorParameters<typeof Table>[0] = {
    head: columns.map((col) => style.c.bold(col.header)),
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 },
  };
  if (style.width) {
    const available = style.width - indent - columns.length; // each column pads one space on its right
    const fixed = columns.reduce((sum, col) => sum + (col.width ?? 0), 0);
    const flexible = columns.filter((col) => !col.width).length || 1;
    const share = Math.max(12, Math.floor((available - fixed) / flexible));
    options.colWidths = columns.map((col) => (col.width ?? share) + 1);
    options.wordWrap = true;
    options.wrapOnWordBoundary = true;
  }
  const table = new Table(options);
  for (const row of rows) {
    table.push('section' in row ? [{ content: style.c.bold.underline(row.section), colSpan: columns.length }] : row);
  }
  const pad = ' '.repeat(indent);
  return table
    .toString()
    .split('\n')
    .map((line) => (pad + line).trimEnd())
    .join('\n');
}
