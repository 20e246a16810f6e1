// One place decides color and width; renderers receive the decision and never look at the process.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Style {
  /** chalk at level 0 when color is off, so renderers can call it unconditionally. */
  c: ChalkInstance;
  /** Terminal width to wrap to, or undefined when output is not a terminal (no guessing). */
  width?: number;
}

export interface Terminal {
  isTTY: boolean;
  columns?: number;
  env: NodeJS.ProcessEnv;
}

/** no-color.org, FORCE_COLOR, TERM=dumb and --no-color, in the order users expect. chalk ignores NO_COLOR itself. */
export function colorEnabled(term: Terminal, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  if (term.env.NO_COLOR) return false;
  const force = term.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (term.env.TERM === 'dumb') return false;
  return term.isTTY;
}

export function makeStyle(term: Terminal, noColorFlag = false): Style {
  const color = colorEnabled(term, noColorFlag);
  const fromEnv = Number(term.env.COLUMNS);
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : term.isTTY ? term.columns ?? 80 : undefined;
  return { c: new Chalk({ level: color ? 1 : 0 }), width };
}
