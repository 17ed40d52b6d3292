/**
 * The title's quick look at the autosave (no schema library): it names the
 * same run, at the same place, as reading the save in full does, falls back
 * to the previous good save as that does, and calls anything else damaged.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { peekAutosave } from '../../src/persistence/autosavePeek';
import { SaveStore } from '../../src/persistence/saveStore';
import { previousKey, slotKey } from '../../src/persistence/slotKeys';

const clock = { date: () => new Date('2026-02-03T04:05:06.000Z') };

const content = (chapter: string) => ({
  run: {
    figure: 'kwantung' as const,
    seed: 3,
    storyHash: 'h',
    startedAt: '2026-01-01T00:00:00.000Z',
    startMeters: {},
    choices: [],
  },
  inkState: '{}',
  page: {
    lines: [],
    choices: ['On'],
    chapter,
    chapterTitle: 'Hsinking',
    date: 'June 1938',
    place: 'Hsinking',
    opening: { date: 'June 1938', place: 'Hsinking' },
    newFrom: 0,
    stage: { map: null, front: 'none' as const, music: null },
  },
});

describe('the quick look at the autosave', () => {
  it('names the run the full read opens', () => {
    const storage = new MemoryStorage();
    expect(peekAutosave(storage)).toEqual({ kind: 'none' });
    new SaveStore(storage, clock).write('auto', content('KW-2'));
    expect(peekAutosave(storage)).toEqual({
      kind: 'ok',
      summary: { figure: 'kwantung', chapter: 'KW-2', chapterTitle: 'Hsinking', date: 'June 1938' },
    });
  });

  it('falls back to the previous good save, and reads the autosave of before the slots', () => {
    const storage = new MemoryStorage();
    const saves = new SaveStore(storage, clock);
    saves.write('auto', content('KW-1'));
    saves.write('auto', content('KW-2'));
    storage.set(slotKey('auto'), '{"format":"undeclared-war-save"');
    expect(peekAutosave(storage)).toMatchObject({ kind: 'ok', summary: { chapter: 'KW-1' } });

    const old = new MemoryStorage();
    old.set('uw.autosave', saves.exportText(content('KW-3')));
    expect(peekAutosave(old)).toMatchObject({ kind: 'ok', summary: { chapter: 'KW-3' } });
  });

  it('calls damaged what is not a save of this game or comes from a newer one', () => {
    for (const text of ['not json', '{"format":"another-game"}', '[]', 'null']) {
      const storage = new MemoryStorage();
      storage.set(slotKey('auto'), text);
      expect(peekAutosave(storage)).toEqual({ kind: 'corrupt', message: 'The autosave is damaged.' });
    }
    const storage = new MemoryStorage();
    const newer = { ...JSON.parse(new SaveStore(storage, clock).exportText(content('KW-2'))), version: 99 };
    storage.set(previousKey('auto'), JSON.stringify(newer));
    expect(peekAutosave(storage).kind).toBe('corrupt');
  });
});
