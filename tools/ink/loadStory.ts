/**
 * Loads any ink story for the CLI: an .ink source (compiled with its INCLUDEs)
 * or compiled .json. The game's story (it declares `EXTERNAL pick_ending`)
 * gets the game's runner, with the TypeScript state layer behind its
 * externals; any other story gets a plain StoryRunner with ink fallbacks.
 */
import { readFileSync } from 'node:fs';
import { compileInkFile, type CompileResult } from './compile.ts';
import { StoryRunner } from '../../src/narrative/storyRunner.ts';
import { createGameRunner } from '../../src/narrative/gameStory.ts';

export const DEFAULT_STORY = 'story/main.ink';

export interface LoadedStory {
  json: string | null;
  /** Present when the input was ink source. */
  compiled: CompileResult | null;
  /** The game's own story: its endings come from the catalogue (src/core/endings.ts). */
  isGameStory: boolean;
}

export function loadStory(file: string): LoadedStory {
  if (file.endsWith('.json')) {
    const json = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return { json, compiled: null, isGameStory: handsEndingsToTypeScript(json) };
  }
  const compiled = compileInkFile(file);
  return {
    json: compiled.json,
    compiled,
    isGameStory: compiled.json !== null && handsEndingsToTypeScript(compiled.json),
  };
}

/** The game's story hands ending decisions to TypeScript through EXTERNAL pick_ending. */
function handsEndingsToTypeScript(json: string): boolean {
  return /"x\(\)"\s*:\s*"pick_ending"/.test(json);
}

export function makeRunner(json: string, isGameStory: boolean): StoryRunner {
  return isGameStory ? createGameRunner(json) : new StoryRunner(json);
}

/**
 * How a story's endings are told: `# ending:` tags (the game's story, or any story
 * that uses them), else every stop at END/DONE. Source lint knows the tags;
 * for compiled JSON the tag text is looked for in the JSON.
 */
export function endingMode(loaded: LoadedStory, endingTagsInSource?: number): 'tags' | 'end' {
  if (loaded.isGameStory) return 'tags';
  if (endingTagsInSource !== undefined) return endingTagsInSource > 0 ? 'tags' : 'end';
  return loaded.json && /"\^\s*ending:/.test(loaded.json) ? 'tags' : 'end';
}
