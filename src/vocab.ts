// The closed vocabularies of the dataset, as plain constants: the schema builds its enums from
// them, and commands use them without loading the schema library (startup speed).
export const LEVELS = ['state', 'county', 'city', 'court', 'territory', 'multistate'] as const;
export const KINDS = ['law', 'executive-order', 'court-order', 'resolution', 'ballot-measure', 'lawsuit', 'policy', 'alliance'] as const;
// 'blocked' is a court's hold for now (restraining order, preliminary injunction, stay pending appeal);
// 'struck-down' is a ruling against the act that stands.
export const STATUSES = ['in-effect', 'blocked', 'struck-down', 'repealed', 'expired', 'proposed'] as const;
export const LEANS = ['blue', 'red', 'bipartisan'] as const;
export const DATA_FILE_NAMES = ['references', 'states', 'actions', 'alliances'] as const;
export type DataFileName = (typeof DATA_FILE_NAMES)[number];

/** The ISO 8601 forms a date may take: YYYY-MM-DD, YYYY-MM or YYYY. */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A real calendar date at day, month or year precision (ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
