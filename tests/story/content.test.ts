/**
 * The data beside the story stays in step with it: every `# codex:` id the
 * story uses has an entry, every codex entry can be unlocked, and every
 * chapter has its dated "what really happened" note for the debrief.
 */
import { describe, expect, it } from 'vitest';
import { CODEX } from '../../src/core/codex';
import { historyNote } from '../../src/core/history';
import { storyTags } from '../helpers/story';

const tags = storyTags();
/** The ids of the story's `# codex:` or `# chapter:` tags. */
const tagged = (kind: 'codex' | 'chapter'): Set<string> =>
  new Set(tags.flatMap((t) => (t.kind === kind ? [t.id] : [])));

describe('codex and history data', () => {
  it('has an entry for every codex id the story names', () => {
    const ids = new Set(CODEX.map((e) => e.id));
    expect([...tagged('codex')].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lets every codex entry be unlocked by some scene', () => {
    const used = tagged('codex');
    expect(CODEX.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('gives every entry a name, dates and a few factual lines', () => {
    for (const e of CODEX) {
      expect(e.name, e.id).not.toBe('');
      expect(e.dates, e.id).not.toBe('');
      expect(e.text.length, e.id).toBeGreaterThan(60);
    }
  });

  it('has a dated history note for every chapter of every campaign', () => {
    const chapters = [...tagged('chapter')];
    expect(chapters.length).toBeGreaterThan(30);
    expect(chapters.filter((c) => !historyNote(c))).toEqual([]);
    for (const c of chapters) expect(historyNote(c)!.date, c).not.toBe('');
  });
});
