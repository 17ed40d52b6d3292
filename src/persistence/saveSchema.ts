/**
 * The save file: versioned and schema-validated, so a corrupt or foreign file
 * is rejected with a clear message instead of crashing the game.
 */
import { z } from 'zod';

export const SAVE_FORMAT = 'undeclared-war-save';
export const SAVE_VERSION = 1;

const meters = z.record(z.string(), z.number());

export const choiceRecordSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  chapter: z.string(),
  chapterTitle: z.string().optional(),
  meters,
  settled: meters.optional(),
});

export const runSchema = z.object({
  figure: z.enum(['shtern', 'chiang', 'kwantung']),
  seed: z.number().int().min(0),
  storyHash: z.string(),
  startedAt: z.string(),
  startMeters: meters,
  choices: z.array(choiceRecordSchema),
});

export const screenSchema = z.object({
  /** The text on screen, in order, as the reader shows it. */
  lines: z.array(z.object({ text: z.string(), kind: z.enum(['text', 'chapter', 'echo']) })),
  choices: z.array(z.string()),
  chapter: z.string(),
  chapterTitle: z.string().default(''),
  date: z.string(),
  place: z.string(),
});

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.string(),
  run: runSchema,
  /** inkjs state JSON: restores the exact position when the story is unchanged. */
  inkState: z.string(),
  screen: screenSchema,
});

export type SaveData = z.infer<typeof saveSchema>;
export type ScreenSnapshot = z.infer<typeof screenSchema>;

export type ParseResult = { ok: true; save: SaveData } | { ok: false; message: string };

/** Parses a save from text; never throws. */
export function parseSave(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a save file (it is not valid JSON).' };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== SAVE_FORMAT) return { ok: false, message: 'This file is not an Undeclared War save.' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return { ok: false, message: `This save comes from a newer version of the game (format ${version}).` };
  }
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `This save is damaged (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid'}).`,
    };
  }
  return { ok: true, save: parsed.data };
}

export function serialiseSave(save: SaveData): string {
  return JSON.stringify(save);
}
