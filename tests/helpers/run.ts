// Runs the CLI in-process with fake streams, as commander's maintainers advise.
import { run } from '../../src/cli.js';

export interface Result { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false, columns = 100): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    terminal: { isTTY, columns, env },
  });
  return { code, stdout, stderr };
}
