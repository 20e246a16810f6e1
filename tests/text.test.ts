import { describe, expect, it } from 'vitest';
import { closest, editDistance, normalize, quote } from '../src/query/text.js';
import { isRealDate } from '../src/schema.js';

describe('normalize', () => {
  it.each([
    ['New  York', 'new york'],
    ['new-york', 'new york'],
    ['  Puerto Rico ', 'puerto rico'],
    ['Hawaiʻi', 'hawaiʻi'],
    ['Bogotá', 'bogota'],
  ])('%j → %j', (input, expected) => expect(normalize(input)).toBe(expected));
});

describe('editDistance', () => {
  it.each([
    ['california', 'califrnia', 1],
    ['texas', 'txeas', 1],
    ['ohio', 'ohio', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('closest', () => {
  const names = ['California', 'Colorado', 'Texas'];
  it('finds a near miss', () => expect(closest('Califrnia', names, (n) => [n])).toBe('California'));
  it('refuses a far one', () => expect(closest('Zanzibar', names, (n) => [n])).toBeUndefined());
  it('refuses empty input', () => expect(closest('  ', names, (n) => [n])).toBeUndefined());
});

describe('quote', () => {
  it('escapes control characters and escape sequences', () => {
    expect(quote('a\u001b[31mb')).toBe("'a\\u001b[31mb'");
    expect(quote('x\ny')).toBe("'x\\ny'");
  });
  it('escapes right-to-left overrides', () => expect(quote('a\u202eb')).toBe("'a\\u202eb'"));
  it('shortens long values', () => expect(quote('x'.repeat(100), 5)).toBe("'xxxxx…'"));
});

describe('isRealDate', () => {
  it.each(['2025-10-06', '2024-02-29', '2025', '2025-12'])('accepts %s', (d) => expect(isRealDate(d)).toBe(true));
  it.each(['2025-02-29', '2025-13-01', '2025-00', '2025-04-31', '2025-10-00'])('rejects %s', (d) => expect(isRealDate(d)).toBe(false));
});
