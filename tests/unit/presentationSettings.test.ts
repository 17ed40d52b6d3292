/** The sound and map settings: kept across visits, clamped, and never an error when storage is bad. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  PresentationSettingsStore,
  parseSettings,
  volumes,
} from '../../src/core/presentationSettings';
import type { KeyValueStorage } from '../../src/core/ports';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => void data.set(k, v),
    remove: (k) => void data.delete(k),
  };
}

describe('presentation settings', () => {
  it('keeps a change for the next visit and tells subscribers', () => {
    const storage = memory();
    const seen: number[] = [];
    const store = new PresentationSettingsStore(storage);
    store.subscribe((s) => seen.push(s.music));
    store.update({ music: 0.25, muted: true, map: false });
    expect(seen).toEqual([0.25]);
    expect(new PresentationSettingsStore(storage).settings).toMatchObject({
      music: 0.25,
      muted: true,
      map: false,
    });
  });

  it('mutes everything, and scales music and effects by the master volume', () => {
    expect(volumes({ ...DEFAULT_SETTINGS, master: 0.5, music: 0.5, effects: 1 })).toEqual({
      music: 0.25,
      effects: 0.5,
    });
    expect(volumes({ ...DEFAULT_SETTINGS, muted: true })).toEqual({ music: 0, effects: 0 });
  });

  it('falls back to the defaults for unreadable or out-of-range values', () => {
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"master": 7, "motion": "wild", "map": "yes"}')).toEqual({
      ...DEFAULT_SETTINGS,
      master: 1,
    });
  });

  it('still applies a change when storage refuses to write', () => {
    const store = new PresentationSettingsStore({
      get: () => null,
      set: () => {
        throw new Error('full');
      },
      remove: () => {},
    });
    store.update({ effects: 0.1 });
    expect(store.settings.effects).toBe(0.1);
  });
});
