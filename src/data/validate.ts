// Schema and referential-integrity checks. Every problem names its file, record and field,
// so a contributor can find it at once.
import { DATA_FILES, type Dataset } from '../schema.js';
import { DATA_FILE_NAMES, type DataFileName } from '../vocab.js';
import type { DatasetProblem } from '../errors.js';

type RawFiles = Record<DataFileName, unknown>;

export function validateDataset(raw: RawFiles): { dataset?: Dataset; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const parsed: Partial<Dataset> = {};
  for (const name of DATA_FILE_NAMES) {
    const result = DATA_FILES[name].safeParse(raw[name]);
    if (result.success) {
      (parsed as Record<string, unknown>)[name] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const [index, ...fieldPath] = issue.path;
      const record = typeof index === 'number' && Array.isArray(raw[name]) ? (raw[name] as unknown[])[index] : undefined;
      problems.push({
        file: `${name}.json`,
        id: recordId(record) ?? (typeof index === 'number' ? `#${index}` : undefined),
        field: fieldPath.length ? fieldPath.join('.') : undefined,
        message: issue.message,
      });
    }
  }
  if (problems.length) return { problems };
  const dataset = parsed as Dataset;
  problems.push(...integrityProblems(dataset));
  return problems.length ? { problems } : { dataset, problems };
}

function recordId(record: unknown): string | number | undefined {
  if (record && typeof record === 'object') {
    const r = record as { id?: unknown; code?: unknown };
    if (typeof r.id === 'string' || typeof r.id === 'number') return r.id;
    if (typeof r.code === 'string') return r.code;
  }
  return undefined;
}

/** Cross-file rules the schema cannot express: unique ids, refs that resolve, codes that exist. */
export function integrityProblems(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const refIds = new Set<number>();
  const codes = new Set(d.states.map((s) => s.code));

  const unique = <T>(file: string, items: T[], key: (t: T) => string | number, field: string) => {
    const seen = new Set<string | number>();
    for (const item of items) {
      const k = key(item);
      if (seen.has(k)) problems.push({ file, id: k, field, message: `duplicate ${field} '${k}'` });
      seen.add(k);
    }
  };
  unique('references.json', d.references, (r) => r.id, 'id');
  unique('states.json', d.states, (s) => s.code, 'code');
  unique('actions.json', d.actions, (a) => a.id, 'id');
  unique('alliances.json', d.alliances, (a) => a.id, 'id');
  for (const r of d.references) refIds.add(r.id);

  const checkRefs = (file: string, id: string | number, field: string, refs: number[]) => {
    for (const ref of refs) {
      if (!refIds.has(ref)) problems.push({ file, id, field, message: `reference ${ref} does not exist in references.json` });
    }
  };
  const checkCode = (file: string, id: string | number, field: string, code: string | undefined) => {
    if (code !== undefined && !codes.has(code)) problems.push({ file, id, field, message: `state code '${code}' does not exist in states.json` });
  };

  for (const s of d.states) {
    checkRefs('states.json', s.code, 'refs', s.refs);
    if (s.population) checkRefs('states.json', s.code, 'population.refs', s.population.refs);
    if (s.governor) checkRefs('states.json', s.code, 'governor.refs', s.governor.refs);
    if (s.election2024) checkRefs('states.json', s.code, 'election2024.refs', s.election2024.refs);
    s.balanceOfPayments.forEach((b, i) => checkRefs('states.json', s.code, `balanceOfPayments.${i}.refs`, b.refs));
  }
  for (const a of d.actions) {
    checkRefs('actions.json', a.id, 'refs', a.refs);
    checkCode('actions.json', a.id, 'jurisdiction.state', a.jurisdiction.state);
  }
  for (const a of d.alliances) {
    checkRefs('alliances.json', a.id, 'refs', a.refs);
    a.members.forEach((m, i) => checkCode('alliances.json', a.id, `members.${i}`, m));
  }
  problems.push(...crossReferenceProblems(d));
  return problems;
}

// Notes point readers to related records ("see us-v-missouri-sapa-2023-2024"); a merged or
// renamed record must not leave such a pointer dangling.
const SEE_RECORD = /\b[Ss]ee (?:also )?([a-z][a-z0-9]*(?:-[a-z0-9]+){2,})\b/g;

function crossReferenceProblems(d: Dataset): DatasetProblem[] {
  const ids = new Set<string>([...d.actions.map((a) => a.id), ...d.alliances.map((a) => a.id)]);
  const problems: DatasetProblem[] = [];
  const scan = (file: string, id: string, field: string, text: string | undefined) => {
    for (const [, target = ''] of (text ?? '').matchAll(SEE_RECORD)) {
      if (!ids.has(target)) problems.push({ file, id, field, message: `points to record '${target}', which does not exist` });
    }
  };
  for (const a of d.actions) {
    scan('actions.json', a.id, 'summary', a.summary);
    scan('actions.json', a.id, 'note', a.note);
  }
  for (const a of d.alliances) {
    scan('alliances.json', a.id, 'purpose', a.purpose);
    scan('alliances.json', a.id, 'note', a.note);
  }
  return problems;
}
