/**
 * The worked example in docs/WRITING.md is the fixture file, verbatim, and
 * story:check passes on it: the guide cannot drift from what the tools accept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../tools/ink/checkStory.ts';
import { FIXTURES } from './cli.ts';

const SCENE = `${FIXTURES}/writing-example/scene.ink`;

/** The ```ink block that follows the marker comment naming the fixture. */
function snippet(markdown: string, marker: string): string | null {
  const at = markdown.indexOf(marker);
  if (at < 0) return null;
  const m = /```ink\n([\s\S]*?)```/.exec(markdown.slice(at));
  return m?.[1] ?? null;
}

describe('docs/WRITING.md worked example', () => {
  it('is the fixture scene, verbatim', () => {
    const guide = readFileSync('docs/WRITING.md', 'utf8');
    expect(snippet(guide, `<!-- example: ${SCENE} -->`)).toBe(readFileSync(SCENE, 'utf8'));
  });

  it('passes story:check', () => {
    const r = checkStory(`${FIXTURES}/writing-example/main.ink`);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
  });
});
