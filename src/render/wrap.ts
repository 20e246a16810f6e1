// Word wrap for prose lines (tables wrap themselves). ANSI-aware: color codes take no columns.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/**
 * Wrap one line to `width` columns, continuing with `hang` spaces of indent.
 * Without a width (output is not a terminal) the line is left whole: no guessing.
 */
export function wrap(line: string, width: number | undefined, hang = 2): string {
  if (!width || visibleLength(line) <= width) return line;
  line = line.trimEnd();
  const lead = /^ */.exec(line)![0];
  const words = line.slice(lead.length).split(' ');
  const lines: string[] = [];
  let current = lead;
  let currentLength = lead.length;
  for (const word of words) {
    const length = visibleLength(word);
    const fresh = current.trim() === '';
    if (!fresh && currentLength + 1 + length > width) {
      lines.push(current);
      current = ' '.repeat(hang) + word;
      currentLength = hang + length;
    } else {
      current += fresh ? word : ` ${word}`;
      currentLength += fresh ? length : 1 + length;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** Wrap every line of a block. */
export function wrapBlock(lines: string[], width: number | undefined, hang = 2): string {
  return lines.map((line) => (line.includes('\n') ? line : wrap(line, width, hang))).join('\n');
}
