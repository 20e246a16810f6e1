import type { Context } from '../context.js';
import { stateProfile } from '../query/profile.js';
import { renderStateProfile } from '../render/state.js';

export interface StateOptions { json?: string | boolean }

/** `softsec state <code|name>`: words are joined so `softsec state new york` works unquoted. */
export async function runState(ctx: Context, words: string[], options: StateOptions): Promise<void> {
  const profile = stateProfile(await ctx.dataset(), words.join(' '));
  if (options.json) {
    const { actions, alliances, references } = profile;
    return ctx.json({ ...profile.state, actions, alliances, references }, options.json);
  }
  ctx.out(renderStateProfile(profile, await ctx.style()));
}
