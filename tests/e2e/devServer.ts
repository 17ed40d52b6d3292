/** Starts vite's dev server on a free port for one story (UW_STORY), and waits until it answers. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface DevServer {
  url: string;
  stop(): void;
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`dev server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startDevServer(story: string): Promise<DevServer> {
  const port = 5300 + Math.floor(Math.random() * 400);
  const url = `http://127.0.0.1:${port}/`;
  // node + vite's own bin (not npx) so that killing this process stops the server.
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', env: { ...process.env, UW_STORY: story } },
  );
  await waitForServer(url);
  return { url, stop: () => server.kill('SIGTERM') };
}
