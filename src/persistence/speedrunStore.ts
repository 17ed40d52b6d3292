/**
 * What speedrun mode keeps in key-value storage: the records (attempts,
 * personal best, golds) per category and story version, the text already
 * read per story version (for skip-seen-text), and the run in progress so a
 * reload can resume it. Damaged data counts as empty; a full storage loses
 * this visit's update, never the run.
 */
import { z } from 'zod';
import type { KeyValueStorage } from '../core/ports';
import type { AttemptState } from '../core/speedrun/runFile';
import { NO_RECORDS, type Records } from '../core/speedrun/splits';
import { parseAttempt } from './runFileSchema';

const recordsKey = (category: string, storyHash: string): string =>
  `uw.speedrun.records.${category}.${storyHash}`;
const seenKey = (storyHash: string): string => `uw.speedrun.seen.${storyHash}`;
const ATTEMPT_KEY = 'uw.speedrun.attempt';

const recordsSchema = z.object({
  attempts: z.number().int().min(0),
  pb: z
    .object({
      igtMs: z.number().min(0),
      splits: z.array(z.object({ key: z.string(), igtMs: z.number().min(0) })),
    })
    .nullable(),
  golds: z.record(z.string(), z.number().min(0)),
});

export class SpeedrunStore {
  constructor(private readonly storage: KeyValueStorage) {}

  records(category: string, storyHash: string): Records {
    try {
      const parsed = recordsSchema.safeParse(
        JSON.parse(this.storage.get(recordsKey(category, storyHash)) ?? 'null'),
      );
      return parsed.success ? parsed.data : NO_RECORDS;
    } catch {
      return NO_RECORDS;
    }
  }

  writeRecords(category: string, storyHash: string, records: Records): void {
    this.write(recordsKey(category, storyHash), JSON.stringify(records));
  }

  /** Hashes of every line of text already read on this story version. */
  seen(storyHash: string): Set<string> {
    try {
      const parsed: unknown = JSON.parse(this.storage.get(seenKey(storyHash)) ?? '[]');
      return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []);
    } catch {
      return new Set();
    }
  }

  writeSeen(storyHash: string, seen: ReadonlySet<string>): void {
    this.write(seenKey(storyHash), JSON.stringify([...seen]));
  }

  attempt(): AttemptState | null {
    return parseAttempt(this.storage.get(ATTEMPT_KEY));
  }

  writeAttempt(attempt: AttemptState | null): void {
    if (attempt === null) this.storage.remove(ATTEMPT_KEY);
    else this.write(ATTEMPT_KEY, JSON.stringify(attempt));
  }

  private write(key: string, value: string): void {
    try {
      this.storage.set(key, value);
    } catch {
      /* storage full or blocked: the run goes on; this update is lost */
    }
  }
}
