// The one definition of the dataset: TypeScript types, runtime validation and the published
// JSON Schema files (schema/*.schema.json) all come from here.
import { z } from 'zod';
import { TOPIC_IDS } from './topics.js';
import { ISO_DATE, isRealDate, KINDS, LEANS, LEVELS, STATUSES, type DataFileName } from './vocab.js';

export { isRealDate };

/** ISO 8601 calendar date at day, month or year precision: we never invent a day we could not verify. */
export const isoDate = z
  .string()
  // abort: a malformed date gets one message, not also "not a real calendar date".
  .regex(ISO_DATE, { message: 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY', abort: true })
  .refine(isRealDate, 'is not a real calendar date');

/**
 * Any text in the data: no control characters (an escape sequence in a user's dataset must not
 * reach the terminal); newlines and tabs are allowed.
 */
const text = z.string().min(1).regex(/^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/, 'contains a control character');

const refs = z.array(z.number().int().positive()).min(1, 'needs at least one reference');
const stateCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter USPS code');

const cslDate = z.object({
  'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]),
});
const cslName = z.union([
  z.object({ family: text, given: text.optional() }).strict(),
  z.object({ literal: text }).strict(),
]);

export const Reference = z
  .object({
    id: z.number().int().positive(),
    type: z.enum(['article-newspaper', 'article-magazine', 'article-journal', 'webpage', 'post-weblog', 'report', 'legal_case', 'legislation', 'book']),
    title: text,
    author: z.array(cslName).optional(),
    'container-title': text.optional(),
    publisher: text.optional(),
    issued: cslDate.optional(),
    accessed: cslDate.optional(),
    URL: z.url().optional(),
    note: text.optional(),
  })
  .strict();

const Money = z
  .object({
    fiscalYear: text,
    source: text,
    method: text,
    /** Dollars, federal spending received minus federal taxes paid: negative means a donor. */
    total: z.number().optional(),
    perCapita: z.number().optional(),
    note: text.optional(),
    refs,
  })
  .strict()
  .refine((b) => b.total !== undefined || b.perCapita !== undefined, 'needs total or perCapita');

export const State = z
  .object({
    code: stateCode,
    name: text,
    type: z.enum(['state', 'district', 'territory']),
    fips: z.string().regex(/^\d{2}$/),
    capital: text,
    region: z.enum(['Northeast', 'Midwest', 'South', 'West']).nullable(),
    population: z.object({ value: z.number().int().positive(), year: z.number().int(), note: text.optional(), refs }).strict().optional(),
    governor: z
      .object({ name: text, party: text, asOf: isoDate, note: text.optional(), refs })
      .strict()
      .optional(),
    election2024: z
      .object({
        winner: z.enum(['Harris', 'Trump']),
        harrisPct: z.number().min(0).max(100),
        trumpPct: z.number().min(0).max(100),
        electoralVotes: z.number().int().positive(),
        note: text.optional(),
        refs,
      })
      .strict()
      .nullable()
      .optional(),
    balanceOfPayments: z.array(Money),
    note: text.optional(),
    refs,
  })
  .strict();

export const Jurisdiction = z
  .object({
    level: z.enum(LEVELS),
    name: text,
    state: stateCode.optional(),
  })
  .strict();

export const Action = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    title: text,
    summary: text,
    topic: z.enum(TOPIC_IDS),
    jurisdiction: Jurisdiction,
    kind: z.enum(KINDS),
    bill: text.optional(),
    date: isoDate,
    effective: isoDate.optional(),
    status: z.enum(STATUSES),
    lean: z.enum(LEANS),
    resists: text,
    note: text.optional(),
    refs,
  })
  .strict();

export const Alliance = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    name: text,
    formed: isoDate,
    topic: z.enum(TOPIC_IDS),
    members: z.array(stateCode),
    otherMembers: z.array(text).optional(),
    purpose: text,
    note: text.optional(),
    refs,
  })
  .strict();

export const DATA_FILES: Record<DataFileName, z.ZodType> = {
  references: z.array(Reference),
  states: z.array(State),
  actions: z.array(Action),
  alliances: z.array(Alliance),
};
export type { DataFileName };

export type Reference = z.infer<typeof Reference>;
export type State = z.infer<typeof State>;
export type Action = z.infer<typeof Action>;
export type Alliance = z.infer<typeof Alliance>;
export type BalanceOfPayments = z.infer<typeof Money>;

export interface Dataset {
  references: Reference[];
  states: State[];
  actions: Action[];
  alliances: Alliance[];
}
