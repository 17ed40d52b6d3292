import { describe, expect, it } from 'vitest';
import { StorageFullError, type KeyValueStorage } from '../../src/core/ports';
import { AUTOSAVE_SLOT, previousKey, SaveStore, slotKey } from '../../src/persistence/saveStore';
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
    page: {
      lines: [{ text: 'Khabarovsk.', kind: 'text' }],
      choices: ['Go on'],
      chapter: 'SH-1',
      chapterTitle: 'T',
      date: 'May 1938',
      place: 'Khabarovsk',
      opening: { date: 'May 1938', place: 'Khabarovsk' },
      newFrom: 0,
      stage: { map: 'far_east', front: 'none', music: 'tension' },
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

const clock = { date: () => new Date('2026-02-03T04:05:06.000Z') };
const AUTOSAVE_KEY = slotKey(AUTOSAVE_SLOT);

describe('save store', () => {
  it('keeps the previous good save, and falls back to it when the latest is damaged', () => {
    const storage = new MemoryStorage();
    const saves = new SaveStore(storage, clock);
    saves.write(AUTOSAVE_SLOT, save(1));
    saves.write(AUTOSAVE_SLOT, save(2));
    expect(parseSave(storage.get(previousKey(AUTOSAVE_SLOT))!).ok).toBe(true);
    storage.set(AUTOSAVE_KEY, '{"format":"undeclared-war-save","version":1,"run":'); // a torn write
    const read = saves.read(AUTOSAVE_SLOT);
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
    const result = new SaveStore(full, clock).write(AUTOSAVE_SLOT, save(1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Export save');
  });

  it('says "none" for empty storage and "corrupt" when nothing can be recovered', () => {
    const storage = new MemoryStorage();
    const saves = new SaveStore(storage, clock);
    expect(saves.read(AUTOSAVE_SLOT).kind).toBe('none');
    storage.set(AUTOSAVE_KEY, 'garbage');
    expect(saves.read(AUTOSAVE_SLOT).kind).toBe('corrupt');
  });

  it('stamps a save with the clock and keeps each slot under its own key', () => {
    const storage = new MemoryStorage();
    const saves = new SaveStore(storage, clock);
    saves.write('slot-3', save(2));
    expect(storage.get(slotKey('slot-3'))).toContain('"savedAt":"2026-02-03T04:05:06.000Z"');
    expect(saves.read(AUTOSAVE_SLOT).kind).toBe('none');
    expect(saves.read('slot-3').kind).toBe('ok');
    saves.clear('slot-3');
    expect(saves.read('slot-3').kind).toBe('none');
  });

  it('opens a format-1 save (page stored as "screen", no datelines) and an autosave under the old key', () => {
    const { page, ...rest } = save(1);
    const v1 = {
      ...rest,
      version: 1,
      screen: { ...page, opening: undefined, newFrom: undefined, stage: undefined },
    };
    const parsed = parseSave(JSON.stringify(v1));
    expect(parsed.ok && parsed.save.page.opening).toEqual({ date: 'May 1938', place: 'Khabarovsk' });
    expect(parsed.ok && parsed.save.page.newFrom).toBe(0);
    const storage = new MemoryStorage();
    storage.set('uw.autosave', JSON.stringify(v1));
    const read = new SaveStore(storage, clock).read(AUTOSAVE_SLOT);
    expect(read.kind === 'ok' && read.save.page.lines).toEqual(page.lines);
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
