/**
 * The player's display settings on the prerendered title, before the app
 * boots: the theme, typeface, text size and line width they chose, read
 * from storage by the page's inline script, so a returning player's title is
 * not painted in the defaults and then redrawn. Only the listed steps are
 * taken (the same lists the settings are checked against); anything else,
 * and blocked storage, leave the defaults. applyDisplaySettings.ts then sets
 * the same values when the app boots, and keeps them in step.
 */
import { LINE_WIDTHS, TEXT_SIZES, THEMES, TYPEFACES } from '../core/displaySettings';
import { settingsKey } from '../persistence/settingsStore';

const list = (values: readonly (string | number)[]): string => JSON.stringify(values);

/** Plain ES5, as the page's inline script (see earlyInput.ts). */
export const EARLY_DISPLAY_SCRIPT =
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(settingsKey('display'))})||"{}"),` +
  'h=document.documentElement,ok=function(l,v){return l.indexOf(v)>=0};' +
  `if(ok(${list(THEMES)},s.theme))h.dataset.theme=s.theme;` +
  `if(ok(${list(TYPEFACES)},s.typeface))h.dataset.typeface=s.typeface;` +
  `if(ok(${list(TEXT_SIZES)},s.textSize))h.style.setProperty("--text-size",s.textSize+"%");` +
  `if(ok(${list(LINE_WIDTHS)},s.lineWidth))h.style.setProperty("--measure",s.lineWidth+"ch")}catch(e){}`;
