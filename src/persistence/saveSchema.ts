/**
 * The save file: versioned and schema-validated, so a corrupt or foreign file
 * is rejected with a clear message instead of crashing the game.
 */
import { z } from './zod';
import { FIGURE_IDS } from '../core/figures';
import { FRONTS, MAP_SCENES, MUSIC_CUES } from '../core/tagVocabulary';
import { readJson, type JsonLimits, type JsonProblem } from './safeJson';
import { SAVE_FORMAT, SAVE_VERSION } from './saveFormat';

export { SAVE_FORMAT, SAVE_VERSION };
/** The oldest format still opened (upgraded on reading). */
const OLDEST_VERSION = 1;

/**
 * Limits on a save's text, checked before it is parsed. A long run's save is
 * tens of kilobytes (its page, its choices with their meters, the ink state),
 * and at most five levels deep.
 */
export const SAVE_LIMITS: JsonLimits = { maxChars: 2_000_000, maxDepth: 32 };

const meters = z.record(z.string(), z.number());
/** A moment a person reads back (a run's start, a save's time): it must be a date, or a run cannot be rebuilt. */
const timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

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
  startedAt: timestamp,
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
  savedAt: timestamp,
  run: runSchema,
  /** inkjs state JSON: restores the exact position when the story is unchanged. */
  inkState: z.string(),
  page: pageSchema,
});

export type SaveData = z.infer<typeof saveSchema>;

export type ParseResult = { ok: true; save: SaveData } | { ok: false; message: string };

/** What the player is told about a file that cannot be read as JSON at all. */
export const UNREADABLE: Record<JsonProblem, string> = {
  'too-large': 'This file is far too large to be an Undeclared War save.',
  'too-deep': 'This is not an Undeclared War save (its contents are nested far too deeply).',
  truncated:
    'This save file is incomplete: it was cut off, perhaps by a failed download. Try the file again.',
  'not-json': 'This is not a save file (it is not valid JSON).',
  'forbidden-key': 'This save file has been altered: it holds entries the game never writes.',
};

/** Parses a save from text; never throws. */
export function parseSave(text: string): ParseResult {
  const json = readJson(text, SAVE_LIMITS);
  return json.ok ? checkSave(json.value) : { ok: false, message: UNREADABLE[json.problem] };
}

/** Checks a parsed value as a save file (upgrading an older format); never throws. */
export function checkSave(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, message: 'This file is not an Undeclared War save.' };
  const file = raw as Record<string, unknown>;
  if (file.format !== SAVE_FORMAT) return { ok: false, message: 'This file is not an Undeclared War save.' };
  const version = file.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return {
      ok: false,
      message: `This save comes from a newer version of the game (format ${version}). Update the game to open it.`,
    };
  }
  if (typeof version === 'number' && version < OLDEST_VERSION) {
    return {
      ok: false,
      message: `This save comes from a version of the game too old to open (format ${version}).`,
    };
  }
  const parsed = saveSchema.safeParse(upgrade(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'invalid';
    return { ok: false, message: `This save is damaged and cannot be opened (${where}).` };
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
