/**
 * The player's sound and map settings: volumes, mute, the map on or off
 * (motion is the reading settings' one, which the map follows). Kept apart from saves (they belong to the player, not to a run) in
 * one storage key; anything unreadable falls back to the defaults.
 */
import type { KeyValueStorage } from './ports';

export interface PresentationSettings {
  /** 0–1 each; the music and effects volumes are scaled by the master volume. */
  master: number;
  music: number;
  effects: number;
  muted: boolean;
  map: boolean;
}

export const DEFAULT_SETTINGS: PresentationSettings = {
  master: 0.8,
  music: 0.6,
  effects: 0.8,
  muted: false,
  map: true,
};

const KEY = 'uw.presentation.v1';
const unit = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

/** Reads stored settings, keeping each readable value and defaulting the rest. */
export function parseSettings(text: string | null): PresentationSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // Unreadable settings are not worth an error: the defaults apply.
  }
  const d = DEFAULT_SETTINGS;
  return {
    master: unit(raw.master, d.master),
    music: unit(raw.music, d.music),
    effects: unit(raw.effects, d.effects),
    muted: typeof raw.muted === 'boolean' ? raw.muted : d.muted,
    map: typeof raw.map === 'boolean' ? raw.map : d.map,
  };
}

/** The effective volumes, 0–1, after master and mute. */
export function volumes(s: PresentationSettings): { music: number; effects: number } {
  const master = s.muted ? 0 : s.master;
  return { music: master * s.music, effects: master * s.effects };
}

/** The settings, persisted, with subscribers told of every change. */
export class PresentationSettingsStore {
  private current: PresentationSettings;
  private readonly listeners = new Set<(s: PresentationSettings) => void>();

  constructor(private readonly storage: KeyValueStorage) {
    this.current = parseSettings(storage.get(KEY));
  }

  get settings(): PresentationSettings {
    return this.current;
  }

  update(change: Partial<PresentationSettings>): void {
    this.current = parseSettings(JSON.stringify({ ...this.current, ...change }));
    try {
      this.storage.set(KEY, JSON.stringify(this.current));
    } catch {
      // Full or blocked storage: the change still holds for this visit.
    }
    for (const l of this.listeners) l(this.current);
  }

  subscribe(listener: (s: PresentationSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
