// A drop-in for the `string-width` package that cli-table3 measures every cell with, substituted
// at build time (tsup.config.ts). string-width 4 compiles a very large emoji regular expression on
// first use, which cost more than the rest of a `softsec state` table; the Unicode property escapes
// built into V8 give the same widths for the text we print.

// eslint-disable-next-line no-control-regex
const ANSI = /[\u001b\u009b][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u200b-\u200f\ufe00-\ufe0f]/u;
const WIDE = /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export default function stringWidth(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const plain = text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI, '') : text;
  // Printable ASCII is one column a character: the common case needs no per-character look.
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (ZERO_WIDTH.test(ch)) continue;
    width += WIDE.test(ch) && !/[\u2000-\u2bff]/.test(ch) ? 2 : 1;
  }
  return width;
}
