/**
 * The save file: versioned and schema-validated, so a corrupt or foreign file
 * is rejected with a clear message instead of crashing the game.
 */
import { z } from 'zod';
import { FIGURE_IDS } from '../core/figures';
import { FRONTS, MAP_SCENES, MUSIC_CUES } from '../core/tagVocabulary';
import { SAVE_FORMAT, SAVE_VERSION } from './saveFormat';

export { SAVE_FORMAT, SAVE_VERSION };

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
  figure: z.enum(FIGURE_IDS),
  seed: z.number().int().min(0),
  storyHash: z.string(),
  startedAt: z.string(),
  startMeters: meters,
  choices: z.array(choiceRecordSchema),
});

const whereabouts = z.object({ date: z.string(), place: z.string() });

const screenLine = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['text', 'chapter', 'echo', 'ending']), text: z.string() }),
  z.object({ kind: z.literal('dateline'), text: z.string(), date: z.string(), place: z.string() }),
]);

/** The reading page, in order, as the reader shows it. */
export const pageSchema = z
  .object({
    lines: z.array(screenLine),
    choices: z.array(z.string()),
    chapter: z.string(),
    chapterTitle: z.string().default(''),
    date: z.string(),
    place: z.string(),
    /** Saves before datelines: the page opened where it now is. */
    opening: whereabouts.optional(),
    /** Saves before the page model: read from the top. */
    newFrom: z.number().int().min(0).default(0),
    /** Saves before the map and sound: nothing set, the defaults apply. */
    stage: z
      .object({
        map: z.enum(MAP_SCENES).nullable(),
        front: z.enum(FRONTS),
        music: z.enum(MUSIC_CUES).nullable(),
      })
      .default({ map: null, front: 'none', music: null }),
  })
  .transform(({ opening, ...page }) => ({
    ...page,
    opening: opening ?? { date: page.date, place: page.place },
  }));

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.string(),
  run: runSchema,
  /** inkjs state JSON: restores the exact position when the story is unchanged. */
  inkState: z.string(),
  page: pageSchema,
});

export type SaveData = z.infer<typeof saveSchema>;

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
  const parsed = saveSchema.safeParse(upgrade(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `This save is damaged (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid'}).`,
    };
  }
  return { ok: true, save: parsed.data };
}

/** An older save in today's shape: format 1 stored the page as `screen`. */
function upgrade(raw: Record<string, unknown>): unknown {
  if (raw.version !== 1) return raw;
  const { screen, ...rest } = raw;
  return { ...rest, version: SAVE_VERSION, page: screen };
}

export function serialiseSave(save: SaveData): string {
  return JSON.stringify(save);
}
