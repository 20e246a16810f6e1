import { describe, expect, it } from 'vitest';
import stringWidth from '../src/render/stringWidth.js';

describe('stringWidth (the string-width stand-in cli-table3 uses)', () => {
  it.each([
    ['', 0],
    ['California', 10],
    ['\u001b[1mbold\u001b[22m', 4],
    ['−$12.3 B · ▲', 12],
    ['日本語', 6],
    ['🏛️ court', 8],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['tab\there', 7],
  ])('%j is %i columns', (text, width) => expect(stringWidth(text)).toBe(width));
});
