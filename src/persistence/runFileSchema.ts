/**
 * Reads a run file (and a run kept across a reload) with its schema: a file
 * that is not a run file, or a damaged one, is refused with a message that
 * says what is wrong, before anything is replayed. docs/run-file.schema.json
 * says the same in JSON Schema; tests/unit/runFileSchema.test.ts keeps them in step.
 */
import { z } from 'zod';
import { FIGURE_IDS } from '../core/figures';
import {
  GAME_NAME,
  RUN_FILE_FORMAT,
  RUN_FILE_VERSION,
  type AttemptState,
  type RunFile,
} from '../core/speedrun/runFile';

const time = z.number().min(0);
const figure = z.enum(FIGURE_IDS);
const campaign = z.object({ figure, ending: z.string().min(1) });
const choice = z.object({ campaign: z.number().int().min(0), index: z.number().int(), igtMs: time });
const split = z.object({ campaign: z.number().int().min(0), chapter: z.string().min(1), igtMs: time });
const interruption = z.object({ atIgtMs: time, realMs: time });
const timer = z.object({
  igtMs: time,
  rtaMs: time,
  hiddenMs: time,
  interruptions: z.array(interruption),
  savedAt: z.string(),
});

export const runFileSchema = z.object({
  format: z.literal(RUN_FILE_FORMAT),
  version: z.literal(RUN_FILE_VERSION),
  game: z.literal(GAME_NAME),
  storyHash: z.string().min(1),
  category: z.string().min(1),
  categoryName: z.string(),
  figure: z.union([figure, z.literal('all')]),
  seed: z.number().int().min(0),
  startedAt: z.string(),
  campaigns: z.array(campaign).min(1),
  choices: z.array(choice),
  ending: z.string().min(1),
  igtMs: time,
  rtaMs: time,
  hiddenMs: time,
  interruptions: z.array(interruption),
  splits: z.array(split),
});

export const attemptSchema = z.object({
  category: z.string(),
  seed: z.number().int().min(0),
  storyHash: z.string(),
  startedAt: z.string(),
  campaigns: z.array(campaign),
  figure,
  choices: z.array(choice),
  splits: z.array(split),
  openChapter: z.string().nullable(),
  timer,
});

export type ParsedRunFile = { ok: true; file: RunFile } | { ok: false; message: string };

export function parseRunFile(text: string): ParsedRunFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'This is not a run file: it is not JSON.' };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== RUN_FILE_FORMAT)
    return {
      ok: false,
      message: `This is not a run file: its "format" is ${JSON.stringify(format ?? null)}, not "${RUN_FILE_FORMAT}".`,
    };
  const version = (data as { version?: unknown }).version;
  if (version !== RUN_FILE_VERSION)
    return {
      ok: false,
      message: `This run file is version ${JSON.stringify(version ?? null)}; this game reads version ${RUN_FILE_VERSION}.`,
    };
  const parsed = runFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, message: `This run file is damaged: ${at}: ${issue?.message ?? 'invalid'}.` };
  }
  return { ok: true, file: parsed.data as RunFile };
}

export function serialiseRunFile(file: RunFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A kept run in progress, or null when there is none or it is damaged (the run is then simply not resumed). */
export function parseAttempt(text: string | null): AttemptState | null {
  if (!text) return null;
  try {
    const parsed = attemptSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
