/**
 * Hostile save files, built from a real save of the real story: what a player
 * might feed the import control by mistake (another file, a cut-off download,
 * another game's save) or on purpose (hand-edited fields, prototype keys,
 * files built to exhaust memory or the parser's stack). Each says what must
 * happen: refused with a message naming the problem, or opened by replaying
 * the run's choices.
 */
import { SAVE_FORMAT } from '../../src/persistence/saveSchema';

export interface HostileSave {
  name: string;
  text: string;
  /**
   * Refused, with a message matching this; or opened: exactly where it was
   * saved, or by replaying the run's choices (and the player is told why).
   */
  expect: { refused: RegExp } | { opened: 'exactly' | 'by replay' };
}

const DAMAGED = /^This save is damaged and cannot be opened \(.+\)\.$/;
const NOT_OURS = /^This file is not an Undeclared War save\.$/;

type Json = Record<string, unknown>;

/** A copy of the save with one field (a path of keys and indices) set to `value`. */
function withField(save: Json, path: (string | number)[], value: unknown): string {
  const copy = structuredClone(save);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return JSON.stringify(copy);
}

/**
 * `valid`: a real save file's text, at a page with choices and after at least
 * one choice. `otherStoryState`: the ink state of another compiled story.
 */
export function hostileSaves(valid: string, otherStoryState: string): HostileSave[] {
  const save = JSON.parse(valid) as Json;
  const run = save.run as Json;
  const page = save.page as Json;
  const inkState = JSON.parse(save.inkState as string) as Json;
  const refused = (name: string, text: string, message: RegExp): HostileSave => ({
    name,
    text,
    expect: { refused: message },
  });
  const replayed = (name: string, text: string): HostileSave => ({
    name,
    text,
    expect: { opened: 'by replay' },
  });
  const wrongType = (path: (string | number)[], value: unknown, message = DAMAGED): HostileSave =>
    refused(
      `wrong type: ${path.join('.')} = ${JSON.stringify(value).slice(0, 40)}`,
      withField(save, path, value),
      message,
    );
  const { page: _page, ...withoutPage } = save;

  return [
    refused('an empty file', '', /not a save file \(it is not valid JSON\)/),
    refused('plain text', 'Dear diary, today I saved the game.', /not a save file \(it is not valid JSON\)/),
    refused('binary noise', '\u0000\u00ff\u0089PNG\r\n\u001a\n\u0000\u0000', /not valid JSON/),
    refused(
      'a save cut off halfway',
      valid.slice(0, Math.floor(valid.length / 2)),
      /incomplete: it was cut off/,
    ),
    refused('a save cut off inside its last string', valid.slice(0, valid.lastIndexOf('"') - 3), /cut off/),
    refused('a JSON array', '[1, 2, 3]', NOT_OURS),
    refused('JSON null', 'null', NOT_OURS),
    refused('a JSON number', '42', NOT_OURS),
    refused('foreign JSON', '{"name":"undeclared-war","version":"0.1.0","private":true}', NOT_OURS),
    refused(
      "another ink game's save (a bare inkjs state)",
      JSON.stringify({ flows: {}, currentFlowName: 'DEFAULT_FLOW', inkSaveVersion: 10 }),
      NOT_OURS,
    ),
    refused(
      "another game's save with a format of its own",
      JSON.stringify({ ...save, format: 'renpy-save' }),
      NOT_OURS,
    ),
    refused(
      'a newer format',
      JSON.stringify({ ...save, version: 3 }),
      /newer version of the game \(format 3\)/,
    ),
    refused(
      'a format older than any the game opens',
      JSON.stringify({ ...save, version: 0 }),
      /too old to open/,
    ),
    refused('the format as text', JSON.stringify({ ...save, version: '2' }), DAMAGED),
    {
      name: 'format 1, which stored the page as "screen" (upgraded, then opened)',
      text: JSON.stringify({ ...withoutPage, version: 1, screen: page }),
      expect: { opened: 'exactly' },
    },
    wrongType(['format'], 2, NOT_OURS),
    wrongType(['savedAt'], 20260101),
    wrongType(['savedAt'], 'last Tuesday'),
    wrongType(['run'], 'shtern'),
    wrongType(['run', 'figure'], 'napoleon'),
    wrongType(['run', 'seed'], '7'),
    wrongType(['run', 'seed'], -1),
    wrongType(['run', 'seed'], 1.5),
    wrongType(['run', 'storyHash'], 5),
    wrongType(['run', 'startedAt'], 'not a date'),
    wrongType(['run', 'startMeters'], [50, 50]),
    wrongType(['run', 'startMeters', 'stalin'], 'high'),
    wrongType(['run', 'choices'], { 0: 'first' }),
    wrongType(['run', 'choices', 0, 'text'], 5),
    wrongType(['run', 'choices', 0, 'index'], -2),
    wrongType(['run', 'choices', 0, 'meters'], null),
    wrongType(['inkState'], inkState),
    wrongType(['page'], null),
    wrongType(['page', 'lines'], 'Khabarovsk, May 1938'),
    wrongType(['page', 'lines', 0, 'kind'], 'html'),
    wrongType(['page', 'choices'], [1, 2]),
    wrongType(['page', 'newFrom'], -1),
    wrongType(['page', 'stage', 'map'], 'the moon'),
    refused('a number too large for JSON (Infinity)', valid.replace(/"seed":\d+/, '"seed":1e999'), DAMAGED),
    refused(
      'a "__proto__" key at the top',
      valid.replace('{', '{"__proto__":{"polluted":true},'),
      /altered: it holds entries the game never writes/,
    ),
    refused(
      'a "__proto__" key among the meters',
      valid.replace('"startMeters":{', '"startMeters":{"__proto__":{"stalin":100},'),
      /altered/,
    ),
    refused(
      'a "constructor" key',
      valid.replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
      /altered/,
    ),
    refused('a 20 MB string', withField(save, ['inkState'], 'x'.repeat(20_000_000)), /far too large/),
    refused('100,000-deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /nested far too deeply/),
    refused(
      '100,000-deep nesting inside a save',
      valid.replace('"page":{', `"deep":${'{"a":'.repeat(100_000)}0${'}'.repeat(100_000)},"page":{`),
      /nested far too deeply/,
    ),
    replayed('an ink state from another story', withField(save, ['inkState'], otherStoryState)),
    replayed('a valid file whose ink state is garbage', withField(save, ['inkState'], '{"flows": "garbage"')),
    replayed(
      'an ink state whose meters were edited past their range',
      withField(save, ['inkState'], JSON.stringify(editedVariable(inkState, 'stalin', 9999))),
    ),
    replayed(
      'a run from an older story whose choices no longer exist',
      JSON.stringify({
        ...save,
        run: {
          ...run,
          storyHash: 'an older story',
          choices: (run.choices as Json[]).map((c) => ({
            ...c,
            text: `${String(c.text)} (as it was once written)`,
          })),
        },
      }),
    ),
    replayed(
      'a run from an older story whose choices still exist',
      JSON.stringify({ ...save, run: { ...run, storyHash: 'an older story' } }),
    ),
    {
      name: 'fields the game does not know (ignored)',
      text: JSON.stringify({ ...save, cheats: { godMode: true }, format: SAVE_FORMAT }),
      expect: { opened: 'exactly' },
    },
  ];
}

/** The ink state with one global variable's value replaced (inkjs stores globals under flows' "variablesState"). */
function editedVariable(state: Json, name: string, value: number): Json {
  const copy = structuredClone(state);
  (copy.variablesState as Json)[name] = value;
  return copy;
}
