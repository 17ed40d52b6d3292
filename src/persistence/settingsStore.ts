/**
 * The player's settings, persisted: one stored section per feature (display
 * here; sound and map add their own with `section`), each validated by its own
 * schema so a damaged or outdated value falls back to that section's defaults
 * field by field, never to an error.
 */
import type { z } from './zod';
import type { KeyValueStorage } from '../core/ports';

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

  /** A section of settings: `schema` validates one field at a time against `defaults`. */
  section<T extends object>(
    id: string,
    schema: { [K in keyof T]: z.ZodType<T[K]> },
    defaults: T,
  ): SettingsSection<T> {
    let value = this.load(id, schema, defaults);
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

  private load<T extends object>(id: string, schema: { [K in keyof T]: z.ZodType<T[K]> }, defaults: T): T {
    let raw: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(this.storage.get(settingsKey(id)) ?? '{}');
      if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
    } catch {
      /* damaged: defaults below */
    }
    const out = { ...defaults };
    for (const key of Object.keys(schema) as (keyof T)[]) {
      const field = schema[key].safeParse(raw[key as string]);
      if (field.success) out[key] = field.data;
    }
    return out;
  }
}
