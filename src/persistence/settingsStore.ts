/**
 * The player's settings, persisted: one stored section per feature (display
 * here; sound and map add their own with `section`), each field checked by
 * its own test so a damaged or outdated value falls back to that section's
 * default, field by field, never to an error. The tests are plain functions,
 * not a schema library: settings apply before the title shows.
 */
import type { KeyValueStorage } from '../core/ports';

/** Whether a stored value is a valid value of one setting. */
export type FieldCheck<T> = (value: unknown) => value is T;

/** A check per field of a section. */
export type SectionChecks<T> = { [K in keyof T]: FieldCheck<T[K]> };

export const settingsKey = (section: string): string => `uw.settings.${section}`;

export interface SettingsSection<T> {
  get(): T;
  /** Changes some settings, stores them, and tells the listeners at once. */
  set(patch: Partial<T>): void;
  /** Calls the listener on every change; the function returned stops it. */
  subscribe(listener: (value: T) => void): () => void;
}

export class SettingsStore {
  constructor(private readonly storage: KeyValueStorage) {}

  /** A section of settings: `checks` validate one field at a time against `defaults`. */
  section<T extends object>(id: string, checks: SectionChecks<T>, defaults: T): SettingsSection<T> {
    let value = this.load(id, checks, defaults);
    const listeners = new Set<(value: T) => void>();
    return {
      get: () => value,
      set: (patch) => {
        value = { ...value, ...patch };
        try {
          this.storage.set(settingsKey(id), JSON.stringify(value));
        } catch {
          /* storage full or blocked: the setting still applies for this visit */
        }
        for (const l of [...listeners]) l(value);
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }

  private load<T extends object>(id: string, checks: SectionChecks<T>, defaults: T): T {
    let raw: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(this.storage.get(settingsKey(id)) ?? '{}');
      if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
    } catch {
      /* damaged: defaults below */
    }
    const out = { ...defaults };
    for (const key of Object.keys(checks) as (keyof T)[]) {
      const stored = raw[key as string];
      if (checks[key](stored)) out[key] = stored;
    }
    return out;
  }
}
