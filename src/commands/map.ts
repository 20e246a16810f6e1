import { writeFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { BadValue } from '../errors.js';
import { mapData, type MapOptions } from '../query/map.js';
import { quote } from '../query/text.js';
import { renderMap, renderMapSvg } from '../render/map.js';

declare const __DATA_AS_OF__: string;

export async function runMap(ctx: Context, options: MapOptions & { json?: string | boolean; svg?: string }): Promise<void> {
  const map = mapData(await ctx.dataset(), options);
  if (options.svg !== undefined) {
    const svg = renderMapSvg(map, `softsec, dataset as of ${__DATA_AS_OF__}. Sources for every record: softsec cite.`);
    if (options.svg === '-') return ctx.io.stdout(svg);
    try {
      writeFileSync(options.svg, svg);
    } catch (error) {
      throw new BadValue(`cannot write --svg ${quote(options.svg)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    ctx.note(`wrote ${options.svg}`);
    return;
  }
  if (options.json) return ctx.json(map, options.json);
  ctx.out(renderMap(map, await ctx.style()));
}
