// The list-and-detail commands: states, alliances, alliance, topics, topic, compare, timeline.
import type { Context } from '../context.js';
import { allianceDetail, listAlliances } from '../query/alliances.js';
import { compareStates } from '../query/compare.js';
import { statesTable } from '../query/states.js';
import { timeline } from '../query/timeline.js';
import { overviewReferences, topicCounts, topicDetail } from '../query/topics.js';
import { renderAllianceDetail, renderAlliances, renderComparison, renderStates, renderTimeline, renderTopicDetail, renderTopics } from '../render/lists.js';

type Json = { json?: string | boolean };

export async function runStates(ctx: Context, options: Json & { sort?: string; topic?: string; reverse?: boolean }): Promise<void> {
  const table = statesTable(await ctx.dataset(), options);
  if (options.json) return ctx.json(table.rows, options.json);
  ctx.out(renderStates(table, await ctx.style()));
}

export async function runAlliances(ctx: Context, options: Json): Promise<void> {
  const alliances = listAlliances(await ctx.dataset());
  if (options.json) return ctx.json(alliances, options.json);
  ctx.out(renderAlliances(alliances, await ctx.style()));
}

export async function runAlliance(ctx: Context, words: string[], options: Json): Promise<void> {
  const detail = allianceDetail(await ctx.dataset(), words.join(' '));
  if (options.json) return ctx.json({ ...detail.alliance, references: detail.references }, options.json);
  ctx.out(renderAllianceDetail(detail, await ctx.style()));
}

export async function runTopics(ctx: Context, options: Json): Promise<void> {
  const dataset = await ctx.dataset();
  const topics = topicCounts(dataset);
  if (options.json) return ctx.json(topics, options.json);
  ctx.out(renderTopics(topics, overviewReferences(dataset), await ctx.style()));
}

export async function runTopic(ctx: Context, id: string, options: Json): Promise<void> {
  const detail = topicDetail(await ctx.dataset(), id);
  if (options.json) return ctx.json(detail, options.json);
  ctx.out(renderTopicDetail(detail, await ctx.style()));
}

export async function runCompare(ctx: Context, inputs: string[], options: Json): Promise<void> {
  const cmp = compareStates(await ctx.dataset(), inputs);
  if (options.json) {
    const { states, topics } = cmp;
    return ctx.json({ states: states.map((s) => s.code), topics: topics.map((t) => ({ topic: t.topic, ...Object.fromEntries(states.map((s, i) => [s.code, t.actions[i]])) })) }, options.json);
  }
  ctx.out(renderComparison(cmp, await ctx.style()));
}

export async function runTimeline(ctx: Context, options: Json & { topic?: string; state?: string; since?: string; until?: string }): Promise<void> {
  const years = timeline(await ctx.dataset(), options);
  if (years.length === 0) ctx.note('no action matches these filters');
  if (options.json) return ctx.json(years, options.json);
  if (years.length) ctx.out(renderTimeline(years, await ctx.style()));
}
