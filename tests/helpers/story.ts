/** Compiles the real story once per test file (node-only helper for story tests). */
import { compileInkFile, type CompileResult } from '../../tools/ink/compile';

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

/** A small deterministic PRNG for seeded random playthroughs. */
export function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}
