import { excludesCovidRelief } from '../query/fiscal.js';
import type { StateProfile } from '../query/profile.js';
import { renderReferenceList } from './cite.js';
import { formatMoney, formatPopulation, refMarks, safe, STATUS_LABEL } from './format.js';
import type { Style } from './style.js';
import { renderTable, type Row } from './table.js';
import { wrap, wrapBlock } from './wrap.js';

/** The `softsec state` page: key facts, actions, alliances, then the references it cites. */
export function renderStateProfile(profile: StateProfile, style: Style): string {
  const { state, actions, alliances, references } = profile;
  const { c } = style;
  const out: string[] = [];

  const head = [`${c.bold(state.name)} (${state.code})`, state.type];
  if (state.region) head.push(state.region);
  head.push(`capital ${state.capital}`);
  if (state.population) head.push(`pop. ${formatPopulation(state.population.value)} (${state.population.year}) ${c.dim(refMarks(state.population.refs))}`);
  out.push(head.join(' · '));

  const label = (text: string) => c.bold(text.padEnd(10));
  if (state.governor) {
    const g = state.governor;
    // DC's executive is its mayor; the field keeps one name across the 56 records.
    out.push(`${label(state.type === 'district' ? 'Mayor' : 'Governor')}${g.name} (${g.party}), as of ${g.asOf}  ${c.dim(refMarks(g.refs))}`);
  }
  if (state.election2024) {
    const e = state.election2024;
    out.push(`${label('2024')}Harris ${e.harrisPct.toFixed(1)}% · Trump ${e.trumpPct.toFixed(1)}% · ${e.electoralVotes} electoral votes (${e.winner} won)  ${c.dim(refMarks(e.refs))}`);
  }
  if (state.balanceOfPayments.length) {
    out.push(c.bold('Federal balance of payments') + c.dim('  (federal spending received minus federal taxes paid; negative = donor)'));
    for (const b of state.balanceOfPayments) {
      const amounts = [b.total !== undefined ? formatMoney(b.total) : undefined, b.perCapita !== undefined ? `${formatMoney(b.perCapita)} per person` : undefined];
      const variant = excludesCovidRelief(b.method) ? ' (excl. COVID-19 relief)' : '';
      out.push(`  ${b.fiscalYear}${variant}  ${amounts.filter(Boolean).join(' · ')}  ${b.source}  ${c.dim(refMarks(b.refs))}`);
    }
  }
  if (state.note) out.push(c.dim(`Note: ${safe(state.note)}`));

  out.push('');
  if (actions.length) {
    out.push(c.bold(`Actions (${actions.length})`));
    // Grouped by topic (the query sorts by topic): a heading row saves a column on narrow terminals.
    const rows: Row[] = [];
    actions.forEach((a, i) => {
      if (a.topic !== actions[i - 1]?.topic) rows.push({ section: a.topic });
      rows.push([safe(a.title), a.date, STATUS_LABEL[a.status] ?? a.status, refMarks(a.refs)]);
    });
    out.push(renderTable([{ header: 'action' }, { header: 'date', width: 10 }, { header: 'status', width: 11 }, { header: 'refs', width: 11 }], rows, style));
  } else {
    out.push(c.dim('No actions recorded for this jurisdiction yet.'));
  }

  if (alliances.length) {
    out.push('');
    out.push(`${c.bold(`Alliances (${alliances.length})`)}: ${alliances.map((a) => `${a.name} (${a.formed.slice(0, 4)}) ${c.dim(refMarks(a.refs))}`).join(' · ')}`);
  }

  out.push(...renderReferenceList(references, style));
  out.push('', c.dim(`Run \`softsec cite <n>\` for any reference, \`softsec state ${state.code} --json\` for all fields.`));
  return wrapBlock(out, style.width);
}
