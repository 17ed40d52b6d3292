/** The stored display settings, field by field: a value outside the steps falls back to its default. */
import {
  LINE_WIDTHS,
  REDUCED_MOTION,
  TEXT_SIZES,
  TEXT_SPEEDS,
  THEMES,
  TYPEFACES,
  type DisplaySettings,
} from '../core/displaySettings';
import type { FieldCheck, SectionChecks } from './settingsStore';

/** One of the listed values (a step of a slider, a named theme). */
const oneOf =
  <T extends string | number>(values: readonly T[]): FieldCheck<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);

const isBoolean: FieldCheck<boolean> = (v): v is boolean => typeof v === 'boolean';

export const displaySettingsSchema: SectionChecks<DisplaySettings> = {
  textSize: oneOf(TEXT_SIZES),
  typeface: oneOf(TYPEFACES),
  theme: oneOf(THEMES),
  lineWidth: oneOf(LINE_WIDTHS),
  reducedMotion: oneOf(REDUCED_MOTION),
  textSpeed: oneOf(TEXT_SPEEDS),
  numberKeys: isBoolean,
};
