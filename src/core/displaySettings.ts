/**
 * How the text looks and behaves: the player's display settings, their steps
 * and their defaults. Pure data; the persistence layer stores them and the UI
 * applies them.
 */

/** Text size as a percentage of the browser's default, smallest first. */
export const TEXT_SIZES = [100, 112.5, 125, 140, 160] as const;
export const TYPEFACES = ['serif', 'sans', 'legible'] as const;
/** 'system' follows the operating system's light or dark preference, with the paper and dark themes. */
export const THEMES = ['system', 'paper', 'dark', 'contrast'] as const;
/** The reading column's width in characters (about). */
export const LINE_WIDTHS = [55, 65, 80] as const;
/** 'system' follows the operating system's reduced-motion preference. */
export const REDUCED_MOTION = ['system', 'on', 'off'] as const;
/** Characters per second; 0 is instant. */
export const TEXT_SPEEDS = [0, 120, 60] as const;

export interface DisplaySettings {
  textSize: (typeof TEXT_SIZES)[number];
  typeface: (typeof TYPEFACES)[number];
  theme: (typeof THEMES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number];
  reducedMotion: (typeof REDUCED_MOTION)[number];
  textSpeed: (typeof TEXT_SPEEDS)[number];
  /** Number keys 1–9 take choices (WCAG 2.1.4: a single-key shortcut can be turned off). */
  numberKeys: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  textSize: 112.5,
  typeface: 'serif',
  theme: 'system',
  lineWidth: 65,
  reducedMotion: 'system',
  textSpeed: 0,
  numberKeys: true,
};
