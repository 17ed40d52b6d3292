/**
 * A fuzz worker thread: gets the compiled story once, then plays the batches
 * of seeds it is sent and reports each batch's tally (fuzz.ts runs a pool).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StorySource } from '../../src/core/ports';
import { runBatch, type Batch } from './batch.ts';
import { shareStoryContent } from './sharedStoryContent.ts';

shareStoryContent();
const story = workerData as StorySource;
parentPort!.on('message', (batch: Batch) => {
  void runBatch(story, batch).then((tally) => parentPort!.postMessage(tally));
});
