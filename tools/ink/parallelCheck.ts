/**
 * story:check on several cores: one worker process (checkPart.ts) per root
 * choice (our story's root offers the three campaigns, each explored on its
 * own), then one merged report (mergeReports.ts). Dedup across parts is not
 * needed: different root choices lead to different states (our campaigns
 * differ in `figure`); if two parts did share states, each would still be
 * explored, only twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyLocator, type CheckOptions, type PreparedStory } from './checkStory.ts';
import type { CheckReport } from './checkReport.ts';
import { mergeReports } from './mergeReports.ts';
import { defaultJobs, pool, runWorker } from './workers.ts';

const WORKER = fileURLToPath(new URL('./checkPart.ts', import.meta.url));

/**
 * `prepared`: the story compiled and linted once (prepareStory), handed to
 * every worker through a temporary file so none compiles it again.
 */
export async function parallelCheck(
  prepared: PreparedStory,
  options: Omit<CheckOptions, 'rootChoice'>,
  parts: number,
  jobs = defaultJobs(parts),
): Promise<CheckReport> {
  const t0 = performance.now() - prepared.seconds * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'story-check-'));
  const story = join(dir, 'prepared.json');
  writeFileSync(story, JSON.stringify(prepared));
  try {
    const reports = await pool(parts, jobs, (rootChoice) =>
      runWorker<CheckReport>(
        WORKER,
        [story, JSON.stringify({ ...options, rootChoice })],
        `part ${rootChoice + 1} of the check`,
      ),
    );
    return mergeReports(reports, storyLocator(prepared), (performance.now() - t0) / 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
