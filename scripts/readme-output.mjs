// Refreshes the example output in README.md from the built CLI, so the README shows real output.
// Each block is marked <!-- output: softsec ARGS --> followed by a ```text fence.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- output: softsec ([^>]*?)(?: \| head -(\d+))? -->\n```text\n[\s\S]*?```/g, (_, args, head) => {
  const argv = args.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ''));
  let out;
  try {
    out = execFileSync(process.execPath, ['bin/softsec.js', ...argv], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = `${error.stdout}${error.stderr}`;
  }
  out = out.replace(/\r\n/g, '\n'); // CSV rows end in CRLF; the README keeps LF
  if (head) out = out.split('\n').slice(0, Number(head)).join('\n') + '\n…\n';
  return `<!-- output: softsec ${args}${head ? ` | head -${head}` : ''} -->\n\`\`\`text\n${out.trimEnd()}\n\`\`\``;
});
writeFileSync('README.md', updated);
console.log('README.md example output refreshed');
