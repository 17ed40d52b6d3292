/**
 * Builds inkjs's runtime content of a compiled story once, and lets every later
 * `new Story(sameJson)` share it.
 *
 * The game makes a new inkjs Story for every session (a new game, each undo, a
 * Continue, a slot or file opened), and building the content tree from 600 KB of
 * JSON is most of that cost: about 80 ms here under load, against well under a
 * millisecond for the rest. A fuzz run opens a dozen sessions, so it spent
 * most of its time rebuilding the same tree. The content is read-only at run
 * time (play state lives in StoryState), so sharing it leaves what is played,
 * saved and restored unchanged. Node-only, for the fuzz: the game is not patched.
 *
 * inkjs internals: SimpleJson.TextToDictionary and JsonSerialisation.JTokenToRuntimeObject
 * as in tools/ink/inkInternals.ts's INKJS_VERSION (its test pins the version).
 */
import 'inkjs/engine/Story';
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
}
