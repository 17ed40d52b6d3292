/**
 * story:check on several cores: one worker process (checkPart.ts) per root
 * choice (our story's root offers the three campaigns, each explored on its
 * own), then one merged report (mergeReports.ts). Dedup across parts is not
 * needed: different root choices lead to different states (our campaigns
 * differ in `figure`); if two parts did share states, each would still be
 * explored, only twice.
 */
import { fileURLToPath } from 'node:url';
import { storyLocator, type CheckOptions } from './checkStory.ts';
import type { CheckReport } from './checkReport.ts';
import { mergeReports } from './mergeReports.ts';
import { defaultJobs, pool, runWorker } from './workers.ts';

/** story:check asks it to decide whether to split the check. */
export { rootChoiceCount } from './workers.ts';

const WORKER = fileURLToPath(new URL('./checkPart.ts', import.meta.url));

export async function parallelCheck(
  file: string,
  options: Omit<CheckOptions, 'rootChoice'>,
  parts: number,
  jobs = defaultJobs(parts),
): Promise<CheckReport> {
  const t0 = performance.now();
  const reports = pool(parts, jobs, (rootChoice) =>
    runWorker<CheckReport>(
      WORKER,
      [file, JSON.stringify({ ...options, rootChoice })],
      `part ${rootChoice + 1} of the check`,
    ),
  );
  // Compiled while the parts explore: this process would only wait.
  const where = storyLocator(file);
  return mergeReports(await reports, where, (performance.now() - t0) / 1000);
}
