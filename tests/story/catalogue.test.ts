/**
 * ink and TypeScript agree on the endings catalogue: every catalogue ending has
 * its knot (which opens with its `# ending:` tag), and every ending knot in the
 * story has its catalogue entry.
 */
import { describe, expect, it } from 'vitest';
import { ENDINGS } from '../../src/core/endings';
import { parseTag } from '../../src/core/tagVocabulary';
import { StoryRunner } from '../../src/narrative/storyRunner';
import { realStory } from '../helpers/story';

describe('endings catalogue ↔ ink', () => {
  const runner = new StoryRunner(realStory().json);
  const knots = runner.knotNames();
  const endingTag = (knot: string): string | null => {
    const tags = runner.story.TagsForContentAtPath(knot) ?? [];
    const ending = tags.map(parseTag).find((t) => t.kind === 'ending');
    return ending?.kind === 'ending' ? ending.id : null;
  };

  it('every catalogue ending has a knot that opens with its # ending: tag', () => {
    for (const e of ENDINGS) {
      expect(knots, `knot ${e.knot} for ${e.id}`).toContain(e.knot);
      expect(endingTag(e.knot), e.knot).toBe(e.id);
    }
  });

  it('every knot that opens with an # ending: tag is in the catalogue', () => {
    const catalogued = new Map(ENDINGS.map((e) => [e.knot, e.id]));
    const endingKnots = knots.filter((k) => endingTag(k) !== null);
    expect(endingKnots.length).toBeGreaterThanOrEqual(ENDINGS.length);
    for (const k of endingKnots) expect(catalogued.get(k), `${k} has # ending: ${endingTag(k)}`).toBe(endingTag(k));
  });
});
