import type { Context, JsonOption as Json } from '../context.js';
import { overviewReferences, topicCounts, topicDetail } from '../query/topics.js';
import { renderTopicDetail, renderTopics } from '../render/lists.js';

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
