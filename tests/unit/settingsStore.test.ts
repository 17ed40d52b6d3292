/** Settings persist per section, apply at once, and a damaged value falls back to its default alone. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '../../src/core/displaySettings';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { displaySettingsSchema } from '../../src/persistence/displaySettingsSchema';
import { SettingsStore, settingsKey } from '../../src/persistence/settingsStore';

describe('settings store', () => {
  it('starts from the defaults, tells listeners of a change at once, and keeps it for the next visit', () => {
    const storage = new MemoryStorage();
    const display = new SettingsStore(storage).section('display', displaySettingsSchema, DEFAULT_DISPLAY);
    expect(display.get()).toEqual(DEFAULT_DISPLAY);
    const seen: string[] = [];
    display.subscribe((s) => seen.push(s.theme));
    display.set({ theme: 'dark', textSize: 140 });
    expect(seen).toEqual(['dark']);
    const again = new SettingsStore(storage).section('display', displaySettingsSchema, DEFAULT_DISPLAY);
    expect(again.get()).toEqual({ ...DEFAULT_DISPLAY, theme: 'dark', textSize: 140 });
  });

  it('falls back field by field: a stored value outside the steps takes its default, the rest stay', () => {
    const storage = new MemoryStorage();
    storage.set(settingsKey('display'), JSON.stringify({ theme: 'neon', textSize: 125, numberKeys: false }));
    const display = new SettingsStore(storage).section('display', displaySettingsSchema, DEFAULT_DISPLAY);
    expect(display.get()).toEqual({ ...DEFAULT_DISPLAY, textSize: 125, numberKeys: false });
    storage.set(settingsKey('display'), '{not json');
    expect(
      new SettingsStore(storage).section('display', displaySettingsSchema, DEFAULT_DISPLAY).get(),
    ).toEqual(DEFAULT_DISPLAY);
  });

  it('lets another feature keep its own section beside the display', () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage);
    const volume = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
    const sound = store.section('sound', { music: volume }, { music: 0.8 });
    sound.set({ music: 0.3 });
    expect(new SettingsStore(storage).section('sound', { music: volume }, { music: 0.8 }).get()).toEqual({
      music: 0.3,
    });
    // A value out of range falls back to the default.
    storage.set(settingsKey('sound'), JSON.stringify({ music: 7 }));
    expect(new SettingsStore(storage).section('sound', { music: volume }, { music: 0.8 }).get()).toEqual({
      music: 0.8,
    });
    expect(store.section('display', displaySettingsSchema, DEFAULT_DISPLAY).get()).toEqual(DEFAULT_DISPLAY);
  });
});
