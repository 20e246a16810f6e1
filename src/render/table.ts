import Table from 'cli-table3';
import type { Style } from './style.js';
import { visibleLength, wrap } from './wrap.js';

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

const MIN_FLEX = 12;
const MIN_FIXED = 4;

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
    const flexible = columns.filter((col) => !col.width).length;
    const fixed = columns.reduce((sum, col) => sum + (col.width ?? 0), 0);
    // On a narrow terminal the fixed columns give up room too, so flexible ones keep MIN_FLEX.
    const budget = Math.max(columns.length * MIN_FIXED, available - flexible * MIN_FLEX);
    const scale = fixed > budget ? budget / fixed : 1;
    const widths = columns.map((col) => (col.width ? Math.max(MIN_FIXED, Math.floor(col.width * scale)) : 0));
    const share = flexible ? Math.max(MIN_FLEX, Math.floor((available - widths.reduce((a, b) => a + b, 0)) / flexible)) : 0;
    options.colWidths = widths.map((w) => (w || share) + 1);
  }
  const table = new Table(options);
  // We wrap cells ourselves: cli-table3's own word wrap is quadratic on long multi-line cells.
  // A word longer than its column is cut here too: cli-table3 truncates a character at a time.
  const fit = (cell: string, i: number) => {
    if (!options.colWidths) return cell;
    const width = options.colWidths[i]! - 1;
    return cell
      .split('\n')
      .flatMap((line) => wrap(line, width, 0).split('\n'))
      .map((line) => (visibleLength(line) > width && !line.includes('\u001b') ? `${[...line].slice(0, width - 1).join('')}…` : line))
      .join('\n');
  };
  for (const row of rows) {
    if ('section' in row) {
      table.push([{ content: style.c.bold.underline(row.section), colSpan: columns.length }]);
      continue;
    }
    // One table row per printed line: cli-table3 handles a multi-line cell in quadratic time (it
    // cuts the whole cell a character at a time for a debug label), and borderless rows look the same.
    const cells = row.map((cell, i) => fit(cell, i).split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let line = 0; line < height; line++) table.push(cells.map((lines) => lines[line] ?? ''));
  }
  const pad = ' '.repeat(indent);
  return table
    .toString()
    .split('\n')
    .map((line) => (pad + line).trimEnd())
    .join('\n');
}
