/**
 * Runs one of the ink CLI scripts the way `npm run story:*` does (through tsx),
 * capturing its output. `node --import tsx` is `npx tsx` without npm's start-up.
 */
import { execFile } from 'node:child_process';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  script: 'check' | 'play' | 'routes' | 'stats',
  args: string[],
  input?: string,
): Promise<CliResult> {
  return runScript(`tools/ink/${script}.ts`, args, input);
}

/** Runs any tool script (e.g. tools/run/verify.ts) the way its npm script does. */
export function runScript(path: string, args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/** story:play --json output, one object per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export const FIXTURES = 'tests/fixtures/ink';
