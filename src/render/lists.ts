// Renderers for the list-and-detail commands: states, alliances, topics, compare, timeline.
import type { AllianceDetail } from '../query/alliances.js';
import type { Comparison } from '../query/compare.js';
import type { StatesTable } from '../query/states.js';
import type { TimelineYear } from '../query/timeline.js';
import type { TopicCount, TopicDetail } from '../query/topics.js';
import type { Alliance, Reference } from '../schema.js';
import { TOPIC_IDS } from '../topics.js';
import { renderReferenceList } from './cite.js';
import { formatMoney, refMarks, safe, STATUS_LABEL } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap, wrapBlock } from './wrap.js';

const TOPIC_ABBR: Record<string, string> = {
  immigration: 'imm', abortion: 'abo', 'public-health': 'hlth', cannabis: 'can', firearms: 'gun', fiscal: 'fisc', policing: 'pol', climate: 'clim', elections: 'elec', history: 'hist',
};

export function renderStates(table: StatesTable, style: Style): string {
  const topics = table.topic ? [table.topic] : TOPIC_IDS;
  const columns = [
    { header: 'code', width: 4 }, { header: 'name', width: 20 }, { header: '2024', width: 6 },
    ...topics.map((t) => ({ header: TOPIC_ABBR[t]!, width: Math.max(3, TOPIC_ABBR[t]!.length) })),
    { header: 'all', width: 3 }, { header: 'bal./pers.', width: 10 },
  ];
  const rows = table.rows.map((r) => [
    r.code, r.name, r.winner2024 ?? '—',
    ...topics.map((t) => (r.byTopic[t] ? String(r.byTopic[t]) : '·')),
    String(r.actions), r.balancePerCapita === null ? '—' : formatMoney(r.balancePerCapita),
  ]);
  const out = [`${table.rows.length} jurisdictions${table.topic ? ` with ${table.topic} actions` : ''}`, renderTable(columns, rows, style, 0)];
  const legend = topics.map((t) => `${TOPIC_ABBR[t]} ${t}`).join(' · ');
  out.push(style.c.dim(wrap(`Columns: ${legend}.`, style.width, 0)));
  if (table.balanceSeries) out.push(style.c.dim(wrap(`bal./pers.: federal balance of payments per person, ${table.balanceSeries.source}, ${table.balanceSeries.fiscalYear} (negative = pays more than it receives); — = no figure in that series. See \`softsec fiscal\`.`, style.width, 0)));
  return out.join('\n');
}

export function renderAlliances(alliances: Alliance[], style: Style): string {
  return [
    `${alliances.length} alliances`,
    renderTable(
      [{ header: 'formed', width: 10 }, { header: 'name' }, { header: 'topic', width: 13 }, { header: 'members', width: 7 }, { header: 'id' }],
      alliances.map((a) => [a.formed, safe(a.name), a.topic, String(a.members.length + (a.otherMembers?.length ?? 0)), a.id]),
      style,
    ),
  ].join('\n');
}

export function renderAllianceDetail({ alliance: a, members, references }: AllianceDetail, style: Style): string {
  const { c } = style;
  const lines = [
    `${c.bold(safe(a.name))} · ${a.topic} · formed ${a.formed}  ${c.dim(refMarks(a.refs))}`,
    '',
    wrap(safe(a.purpose), style.width, 0),
    '',
    `${c.bold(`Members (${members.length})`)}: ${members.map((m) => `${m.name} (${m.code})`).join(', ')}`,
  ];
  if (a.otherMembers?.length) lines.push(`${c.bold('Also')}: ${a.otherMembers.map(safe).join(', ')}`);
  if (a.note) lines.push(c.dim(`Note: ${safe(a.note)}`));
  lines.push(...renderReferenceList(references, style));
  return wrapBlock(lines, style.width);
}

export function renderTopics(topics: TopicCount[], overview: Reference[], style: Style): string {
  const table = renderTable(
    [{ header: 'topic', width: 13 }, { header: 'actions', width: 7 }, { header: 'states', width: 6 }, { header: 'blue', width: 4 }, { header: 'red', width: 4 }, { header: 'bip.', width: 4 }, { header: 'what it covers' }],
    topics.map((t) => [t.id, String(t.actions), String(t.states), String(t.blue), String(t.red), String(t.bipartisan), t.description]),
    style,
    0,
  );
  return [table, ...renderReferenceList(overview, style, 'On soft secession as a whole')].join('\n');
}

export function renderTopicDetail(t: TopicDetail, style: Style): string {
  const { c } = style;
  const statuses = Object.entries(t.byStatus).map(([s, n]) => `${n} ${STATUS_LABEL[s] ?? s}`).join(' · ');
  const lines = [
    c.bold(t.id),
    wrap(t.description, style.width, 0),
    '',
    `${c.bold('Federal authority at stake')}: ${t.federal}`,
    `${c.bold('Actions')}: ${t.actions} in ${t.states} jurisdictions — ${t.blue} blue · ${t.red} red · ${t.bipartisan} bipartisan; ${statuses}`,
    `${c.bold('Most active')}: ${t.mostActive.map((s) => `${s.name} (${s.actions})`).join(' · ')}`,
  ];
  if (t.keyCases.length) {
    lines.push('', c.bold('Key court cases'));
    for (const k of t.keyCases) lines.push(`  ${k.date}  ${safe(k.title)}  ${c.dim(refMarks(k.refs))}`);
  }
  lines.push(...renderReferenceList(t.references, style));
  lines.push('', c.dim(`List them: softsec actions --topic ${t.id}`));
  return wrapBlock(lines, style.width, 4);
}

export function renderComparison(cmp: Comparison, style: Style): string {
  const { c } = style;
  const columns = [{ header: 'topic', width: 13 }, ...cmp.states.map((s) => ({ header: `${s.name} (${s.code})` }))];
  const facts = [
    ['2024', ...cmp.states.map((s) => (s.election2024 ? `${s.election2024.winner} (H ${s.election2024.harrisPct}% · T ${s.election2024.trumpPct}%)` : '—'))],
    ['governor', ...cmp.states.map((s) => (s.governor ? `${s.governor.name} (${s.governor.party})` : '—'))],
  ];
  const rows = cmp.topics.map((row) => [
    row.topic,
    ...row.actions.map((list) => (list.length ? list.map((a) => `${a.date.slice(0, 4)} ${safe(a.title)}`).join('\n') : c.dim('—'))),
  ]);
  return renderTable(columns, [...facts, ...rows], style, 0);
}

export function renderTimeline(years: TimelineYear[], style: Style): string {
  const { c } = style;
  const total = years.reduce((n, y) => n + y.actions.length, 0);
  const lines = [`${total} actions, ${years.length ? `${years[0]!.year}–${years.at(-1)!.year}` : 'none'}`];
  for (const y of years) {
    lines.push('', c.bold(`${y.year} (${y.actions.length})`));
    for (const a of y.actions) {
      lines.push(`  ${a.date.padEnd(10)}  ${(a.jurisdiction.state ?? '').padEnd(2)}  ${a.topic.padEnd(13)} ${safe(a.title)}  ${c.dim(refMarks(a.refs))}`);
    }
  }
  return wrapBlock(lines, style.width, 32);
}
