/** The stored display settings, field by field: a value outside the steps falls back to its default. */
import { z } from './zod';
import {
  LINE_WIDTHS,
  REDUCED_MOTION,
  TEXT_SIZES,
  TEXT_SPEEDS,
  THEMES,
  TYPEFACES,
  type DisplaySettings,
} from '../core/displaySettings';

const oneOf = <T extends number>(values: readonly T[]): z.ZodType<T> =>
  z.number().refine((v): v is T => (values as readonly number[]).includes(v)) as unknown as z.ZodType<T>;

export const displaySettingsSchema: { [K in keyof DisplaySettings]: z.ZodType<DisplaySettings[K]> } = {
  textSize: oneOf(TEXT_SIZES),
  typeface: z.enum(TYPEFACES),
  theme: z.enum(THEMES),
  lineWidth: oneOf(LINE_WIDTHS),
  reducedMotion: z.enum(REDUCED_MOTION),
  textSpeed: oneOf(TEXT_SPEEDS),
  numberKeys: z.boolean(),
};
