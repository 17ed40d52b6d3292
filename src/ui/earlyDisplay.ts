/**
 * The player's display settings on the prerendered title, before the app
 * boots: the theme, typeface, motion, number keys, text size and line width,
 * read from storage by the page's inline script (the defaults where a value is
 * missing or not one of the listed steps, and when storage is blocked), so a
 * returning player's title is not painted in the defaults and then redrawn.
 * applyDisplaySettings.ts sets the same values when the app boots: as they
 * are already in place, the page's style is not worked out a second time.
 */
import {
  DEFAULT_DISPLAY,
  LINE_WIDTHS,
  REDUCED_MOTION,
  TEXT_SIZES,
  THEMES,
  TYPEFACES,
} from '../core/displaySettings';
import { settingsKey } from '../persistence/settingsStore';

const json = JSON.stringify;
/** `s.<key>` if it is one of `values`, else the default. */
const pick = (key: keyof typeof DEFAULT_DISPLAY, values: readonly (string | number)[]): string =>
  `(ok(${json(values)},s.${key})?s.${key}:${json(DEFAULT_DISPLAY[key])})`;

/** Plain ES5, as the page's inline script (see earlyInput.ts), in a function of its own: no globals. */
export const EARLY_DISPLAY_SCRIPT =
  '(function(){var s={};try{s=JSON.parse(localStorage.getItem(' +
  json(settingsKey('display')) +
  ')||"{}")||{}}catch(e){}' +
  'try{var h=document.documentElement,ok=function(l,v){return l.indexOf(v)>=0},' +
  `m=${pick('reducedMotion', REDUCED_MOTION)};` +
  `h.dataset.theme=${pick('theme', THEMES)};` +
  `h.dataset.typeface=${pick('typeface', TYPEFACES)};` +
  'h.dataset.motion=m==="on"||m==="system"&&matchMedia("(prefers-reduced-motion: reduce)").matches?"reduce":"full";' +
  `h.dataset.numberKeys=(typeof s.numberKeys==="boolean"?s.numberKeys:${json(DEFAULT_DISPLAY.numberKeys)})?"on":"off";` +
  `h.style.setProperty("--text-size",${pick('textSize', TEXT_SIZES)}+"%");` +
  `h.style.setProperty("--measure",${pick('lineWidth', LINE_WIDTHS)}+"ch")}catch(e){}})()`;
