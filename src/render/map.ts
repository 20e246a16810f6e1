import type { MapCategory, MapResult } from '../query/map.js';
import { TILE_GRID } from '../query/map.js';
import type { Style } from './style.js';

const TILE = 5; // "CA● " plus a space between tiles

/** The tile-grid map for a terminal: each tile carries a symbol so it reads without color. */
export function renderMap(map: MapResult, style: Style): string {
  const { c } = style;
  const byKey = new Map(map.categories.map((cat) => [cat.key, cat]));
  const rows = Math.max(...TILE_GRID.map(([, r]) => r)) + 1;
  const lines: string[] = [c.bold(map.title), ''];
  for (let row = 0; row < rows; row++) {
    const tiles = TILE_GRID.filter(([, r]) => r === row).sort((a, b) => a[2] - b[2]);
    let line = '  ';
    let col = 0;
    for (const [code, , column] of tiles) {
      line += ' '.repeat((column - col) * TILE);
      const cat = byKey.get(map.tiles[code] ?? 'none')!;
      line += `${paint(style, cat, `${code}${cat.symbol}`)}  `;
      col = column + 1;
    }
    lines.push(line.trimEnd());
  }
  lines.push('', map.categories.map((cat) => `${paint(style, cat, cat.symbol)} ${cat.label} (${cat.count})`).join('   '));
  return lines.join('\n');
}

function paint(style: Style, cat: MapCategory, text: string): string {
  const { c } = style;
  switch (cat.color) {
    case 'blue': return c.blueBright(text);
    case 'red': return c.redBright(text);
    case 'magenta': return c.magentaBright(text);
    case 'green': return c.green(text);
    case 'yellow': return c.yellow(text);
    default: return c.dim(text);
  }
}

const FILL: Record<MapCategory['color'], string> = {
  blue: '#2b6cb0', red: '#c53030', magenta: '#805ad5', green: '#2f855a', yellow: '#d69e2e', gray: '#e2e8f0',
};

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The same map as a standalone SVG: symbols in the tiles as well as colors, a title and a legend. */
export function renderMapSvg(map: MapResult, source: string): string {
  const size = 52;
  const gap = 4;
  const left = 16;
  const top = 56;
  const cols = Math.max(...TILE_GRID.map(([, , col]) => col)) + 1;
  const rows = Math.max(...TILE_GRID.map(([, r]) => r)) + 1;
  const width = left * 2 + cols * (size + gap);
  const legendTop = top + rows * (size + gap) + 16;
  const height = legendTop + map.categories.length * 22 + 40;
  const byKey = new Map(map.categories.map((cat) => [cat.key, cat]));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" role="img" aria-label="${escapeXml(map.title)}">`,
    `<title>${escapeXml(map.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="32" font-size="18" font-weight="bold" fill="#1a202c">${escapeXml(map.title)}</text>`,
  ];
  for (const [code, row, col] of TILE_GRID) {
    const cat = byKey.get(map.tiles[code] ?? 'none')!;
    const x = left + col * (size + gap);
    const y = top + row * (size + gap);
    const ink = cat.color === 'gray' || cat.color === 'yellow' ? '#1a202c' : '#ffffff';
    parts.push(
      `<g><title>${code}: ${escapeXml(cat.label)}</title><rect x="${x}" y="${y}" width="${size}" height="${size}" rx="4" fill="${FILL[cat.color]}"/>`,
      `<text x="${x + size / 2}" y="${y + 24}" font-size="15" font-weight="bold" text-anchor="middle" fill="${ink}">${code}</text>`,
      `<text x="${x + size / 2}" y="${y + 43}" font-size="13" text-anchor="middle" fill="${ink}">${escapeXml(cat.symbol)}</text></g>`,
    );
  }
  map.categories.forEach((cat, i) => {
    const y = legendTop + i * 22;
    parts.push(
      `<rect x="${left}" y="${y}" width="16" height="16" rx="3" fill="${FILL[cat.color]}"/>`,
      `<text x="${left + 24}" y="${y + 13}" font-size="13" fill="#1a202c">${escapeXml(`${cat.symbol} ${cat.label} (${cat.count})`)}</text>`,
    );
  });
  parts.push(`<text x="${left}" y="${height - 14}" font-size="11" fill="#4a5568">${escapeXml(source)}</text>`, '</svg>');
  return `${parts.join('\n')}\n`;
}
