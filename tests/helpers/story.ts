/** Compiles the real story once per test file (node-only helper for story tests). */
import { compileInkFile, type CompileResult } from '../../tools/ink/compile';
import { lintInk } from '../../tools/ink/lint';
import { parseTag, type TagEvent } from '../../src/core/tagVocabulary';

let cached: CompileResult | null = null;

export function realStory(): CompileResult & { json: string } {
  cached ??= compileInkFile('story/main.ink');
  if (!cached.ok || !cached.json) {
    throw new Error(
      `story/main.ink does not compile:\n${cached.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`,
    );
  }
  return cached as CompileResult & { json: string };
}

/** Every tag written in the story's sources (not built at run time), parsed as the game parses it. */
export function storyTags(): TagEvent[] {
  return [...lintInk(realStory().files).staticTags].map(parseTag);
}

/** A small deterministic PRNG for seeded random playthroughs. */
export function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}
