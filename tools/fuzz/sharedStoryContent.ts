/**
 * Builds inkjs's runtime content of a compiled story once, and lets every later
 * `new Story(sameJson)` share it, checked once.
 *
 * The game makes a new inkjs Story for every session (a new game, each undo, a
 * Continue, a slot or file opened), and building the content tree from 600 KB of
 * JSON is most of that cost: about 80 ms here under load, against well under a
 * millisecond for the rest. A fuzz run opens a dozen sessions, so it spent
 * most of its time rebuilding the same tree. The content is read-only at run
 * time (play state lives in StoryState), so sharing it leaves what is played,
 * saved and restored unchanged. Likewise a Story walks its whole content once
 * to check that every EXTERNAL has a binding (a sixth of a fuzz run's time):
 * the same content with the same bindings needs checking once. Node-only, for
 * the fuzz: the game is not patched.
 *
 * inkjs internals: SimpleJson.TextToDictionary, JsonSerialisation.JTokenToRuntimeObject
 * and Story's ValidateExternalBindings and its fields, as in tools/ink/inkInternals.ts's
 * INKJS_VERSION (its test pins the version).
 */
import { Story } from 'inkjs/engine/Story';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { JsonSerialisation } from 'inkjs/engine/JsonSerialisation';

let installed = false;

export function shareStoryContent(): void {
  if (installed) return;
  installed = true;
  // Only compiled stories (they have a root) are kept: a save's state JSON is parsed afresh each time.
  const stories = new Map<string, Record<string, unknown>>();
  const contentOf = new WeakMap<object, ReturnType<typeof JsonSerialisation.JTokenToRuntimeObject>>();
  const textToDictionary = SimpleJson.TextToDictionary.bind(SimpleJson);
  SimpleJson.TextToDictionary = (text: string) => {
    const known = stories.get(text);
    if (known) return known;
    const json = textToDictionary(text);
    if (json.inkVersion !== undefined && Array.isArray(json.root)) {
      stories.set(text, json);
      contentOf.set(json.root as object, null);
    }
    return json;
  };
  // Story's constructor builds its content from the parsed root token: the same root, the same tree.
  const toRuntime = JsonSerialisation.JTokenToRuntimeObject.bind(JsonSerialisation);
  JsonSerialisation.JTokenToRuntimeObject = (token: unknown) => {
    if (typeof token !== 'object' || token === null || !contentOf.has(token)) return toRuntime(token);
    let content = contentOf.get(token);
    if (!content) contentOf.set(token, (content = toRuntime(token)));
    return content;
  };
  shareExternalsCheck();
}

interface StoryExternals {
  _externals: Map<string, unknown>;
  _hasValidatedExternals: boolean;
}

/** Skips the EXTERNAL bindings check for content already checked with the same bindings. */
function shareExternalsCheck(): void {
  const checked = new WeakMap<object, Set<string>>();
  const validate = Story.prototype.ValidateExternalBindings;
  Story.prototype.ValidateExternalBindings = function (this: Story, ...args: unknown[]) {
    // Called with no arguments for the whole story; with some as it recurses.
    if (args.length) return (validate as (...a: unknown[]) => void).apply(this, args);
    const story = this as unknown as StoryExternals;
    const bindings = [...story._externals.keys()].sort().join(',');
    const seen = checked.get(this.mainContentContainer) ?? new Set<string>();
    if (seen.has(bindings)) {
      story._hasValidatedExternals = true;
      return;
    }
    (validate as () => void).call(this);
    // A missing binding throws above, so the check is remembered only when it passed.
    checked.set(this.mainContentContainer, seen.add(bindings));
  };
}
