import { describe, expect, it } from 'vitest';
import { authorList, citationText, formatCslDate, quotedTitle } from '../src/render/citation.js';
import { formatMoney, formatPopulation, safe } from '../src/render/format.js';
import type { Reference } from '../src/schema.js';

const gale: Reference = {
  id: 7,
  type: 'webpage',
  title: 'The war over federalism',
  author: [{ family: 'Gale', given: 'William G.' }, { family: 'West', given: 'Darrell M.' }],
  'container-title': 'Brookings Institution',
  issued: { 'date-parts': [[2025, 9, 17]] },
};

describe('citationText', () => {
  it('renders two authors, outlet and date', () => {
    expect(citationText(gale)).toBe('Gale, William G., and Darrell M. West. "The war over federalism." Brookings Institution, September 17, 2025.');
  });
  it('adds the URL when known', () => {
    expect(citationText({ ...gale, URL: 'https://example.org/x' })).toMatch(/2025\. https:\/\/example\.org\/x$/);
  });
  it('handles an organisation author and no date', () => {
    expect(citationText({ id: 1, type: 'webpage', title: 'T', author: [{ literal: 'Org' }] })).toBe('Org. "T."');
  });
  it('lists three authors with a serial comma', () => {
    expect(authorList([{ family: 'A', given: 'a' }, { family: 'B', given: 'b' }, { family: 'C', given: 'c' }])).toBe('A, a, b B, and c C');
  });
});

describe('formatCslDate', () => {
  it.each([
    [[2025, 9, 17], 'September 17, 2025'],
    [[2025, 11], 'November 2025'],
    [[2023], '2023'],
  ])('%j → %s', (parts, text) => expect(formatCslDate({ 'date-parts': [parts] })).toBe(text));
  it('is empty without a date', () => expect(formatCslDate(undefined)).toBe(''));
});

describe('number formats', () => {
  it.each([
    [-12_345_000_000, '−$12.3 B'],
    [450_000_000, '+$450 M'],
    [-1234, '−$1,234'],
    [0, '$0'],
  ])('money %d → %s', (n, text) => expect(formatMoney(n)).toBe(text));
  it.each([
    [39_538_223, '39.5 M'],
    [49_710, '50 k'],
    [999, '999'],
  ])('population %d → %s', (n, text) => expect(formatPopulation(n)).toBe(text));
  it('escapes terminal control codes in data', () => expect(safe('a\u001b[2Jb')).toBe('a\\u001b[2Jb'));
});

describe('quotedTitle', () => {
  it.each([
    ['The war over federalism', '"The war over federalism."'],
    ['Is It Time for California to Consider a "Soft Secession"?', '"Is It Time for California to Consider a ‘Soft Secession’?"'],
    ['Ends with a period.', '"Ends with a period."'],
  ])('%s', (title, expected) => expect(quotedTitle(title)).toBe(expected));
});
