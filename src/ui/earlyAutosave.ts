/**
 * For the page's inline scripts (earlyInput.ts, earlyPreload.ts), which run
 * before the app: an ES5 expression, true when storage holds an autosave under
 * any of its keys. It throws where storage is blocked; each script decides
 * what that means.
 */
import { AUTOSAVE_KEYS } from '../persistence/slotKeys';

export const HAS_AUTOSAVE_ES5 = `${JSON.stringify(AUTOSAVE_KEYS)}.some(function(k){return localStorage.getItem(k)!==null})`;
