import { describe, expect, it } from 'vitest';
import { StorageFullError, type KeyValueStorage } from '../../src/core/ports';
import { AUTOSAVE_KEY, PREVIOUS_KEY, readAutosave, writeAutosave } from '../../src/persistence/autosave';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { endingsReached, recordEnding } from '../../src/persistence/collection';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, type SaveData } from '../../src/persistence/saveSchema';

function save(choices: number): SaveData {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt: '2026-01-01T00:00:00.000Z',
    run: {
      figure: 'shtern',
      seed: 7,
      storyHash: 'abc',
      startedAt: '2026-01-01T00:00:00.000Z',
      startMeters: { stalin: 55 },
      choices: Array.from({ length: choices }, (_, i) => ({
        index: 0,
        text: `choice ${i}`,
        chapter: 'SH-1',
        meters: { stalin: 55 },
      })),
    },
    inkState: '{}',
    screen: {
      lines: [{ text: 'Khabarovsk.', kind: 'text' }],
      choices: ['Go on'],
      chapter: 'SH-1',
      chapterTitle: 'T',
      date: 'May 1938',
      place: 'Khabarovsk',
      opening: { date: 'May 1938', place: 'Khabarovsk' },
      newFrom: 0,
    },
  };
}

describe('save files', () => {
  it('round-trips a valid save', () => {
    const parsed = parseSave(JSON.stringify(save(2)));
    expect(parsed.ok && parsed.save.run.choices.length).toBe(2);
  });

  it('rejects garbage, foreign files, newer versions and damaged saves with clear messages', () => {
    expect(parseSave('not json')).toEqual({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseSave('{"hello":1}')).toEqual({
      ok: false,
      message: expect.stringContaining('not an Undeclared War save'),
    });
    expect(parseSave(JSON.stringify({ ...save(1), version: 99 }))).toEqual({
      ok: false,
      message: expect.stringContaining('newer version'),
    });
    const damaged = { ...save(1), run: { ...save(1).run, figure: 'napoleon' } };
    expect(parseSave(JSON.stringify(damaged))).toEqual({
      ok: false,
      message: expect.stringContaining('run.figure'),
    });
  });
});

describe('autosave', () => {
  it('keeps the previous good save, and falls back to it when the latest is damaged', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, save(1));
    writeAutosave(storage, save(2));
    expect(parseSave(storage.get(PREVIOUS_KEY)!).ok).toBe(true);
    storage.set(AUTOSAVE_KEY, '{"format":"undeclared-war-save","version":1,"run":'); // a torn write
    const read = readAutosave(storage);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.recovered).toBe(true);
    expect(read.kind === 'ok' && read.save.run.choices.length).toBe(1);
  });

  it('reports a full storage with a message and does not throw', () => {
    const full: KeyValueStorage = {
      get: () => null,
      set: () => {
        throw new StorageFullError();
      },
      remove: () => undefined,
    };
    const result = writeAutosave(full, save(1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Export save');
  });

  it('says "none" for empty storage and "corrupt" when nothing can be recovered', () => {
    const storage = new MemoryStorage();
    expect(readAutosave(storage).kind).toBe('none');
    storage.set(AUTOSAVE_KEY, 'garbage');
    expect(readAutosave(storage).kind).toBe('corrupt');
  });
});

describe('endings collection', () => {
  it('persists endings across runs without duplicates and survives damaged data', () => {
    const storage = new MemoryStorage();
    recordEnding(storage, 'SH-E5');
    recordEnding(storage, 'SH-E5');
    recordEnding(storage, 'CH-E1');
    expect(endingsReached(storage)).toEqual(['SH-E5', 'CH-E1']);
    storage.set('uw.endings', '{broken');
    expect(endingsReached(storage)).toEqual([]);
  });
});
