// Small text helpers shared by lookups.

/** Case-, accent- and punctuation-insensitive key: "New  York" and "new-york" compare equal. */
export function normalize(text: string): string {
  // Unicode normalization loads ICU: only pay for it when the text is not plain ASCII.
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Optimal string alignment distance (Levenshtein plus transpositions), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate within a distance that scales with length, or undefined. */
export function closest<T>(input: string, candidates: T[], keys: (c: T) => string[]): T | undefined {
  const needle = normalize(input);
  // Past a few dozen characters nothing is a near miss, and the distance table would be huge.
  if (!needle || needle.length > 64) return undefined;
  let best: { item: T; distance: number } | undefined;
  for (const item of candidates) {
    for (const key of keys(item)) {
      const distance = editDistance(needle, normalize(key));
      if (!best || distance < best.distance) best = { item, distance };
    }
  }
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  return best && best.distance <= allowed ? best.item : undefined;
}

// Characters a terminal would act on rather than show: C0 and C1 controls (escape sequences
// start with one) and the bidirectional overrides that can reorder what a line appears to say.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t' };

/** Make text safe to print: controls become visible escapes (`\u001b`); newlines stay. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quote a user's value for a one-line error message: every control shown escaped, long values cut. */
export function quote(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${escapeControls(shown).replace(/[\n\t]/g, (c) => NAMED[c]!)}'`;
}

/**
 * Code-unit order for ids, ISO dates and codes. localeCompare would load ICU's collator, which
 * costs more than the rest of a `softsec state` run; these strings need no linguistic order.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
