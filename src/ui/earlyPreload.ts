/**
 * The first figure's opening page, fetched from the moment the title is
 * painted (vite.config.ts names the files): what Begin shows at once, even
 * pressed as soon as the briefing appears. A new player's title focuses its
 * first figure; this starts that small download one step sooner, as the title
 * paints, not once the app's own script has arrived and run. Only after the
 * paint (the title waits for nothing), and only with no run to continue
 * (Continue takes the focus then, and another campaign may be the one
 * wanted). The files are `<link rel="modulepreload">`: fetched and compiled,
 * run only when the app imports them.
 */
import { AUTOSAVE_KEYS } from '../persistence/slotKeys';

/**
 * Plain ES5, as the page's inline script (see earlyInput.ts). `modules`: the
 * opening's files; `fonts`: for each typeface, the font files its text needs
 * (the page's text waits for none: a face that arrives late makes the browser
 * lay the page out again, which a click on the title then waits behind). URLs
 * relative to the page.
 */
export function earlyPreloadScript(
  modules: readonly string[],
  fonts: Record<string, readonly string[]>,
): string {
  return (
    'requestAnimationFrame(function(){setTimeout(function(){try{var h=document.head,' +
    'add=function(f,rel){var l=document.createElement("link");l.rel=rel;l.crossOrigin="";' +
    'if(rel==="preload"){l.as="font";l.type="font/woff2"}l.href=f;h.appendChild(l)};' +
    `(${JSON.stringify(fonts)}[document.documentElement.dataset.typeface]||[]).forEach(function(f){add(f,"preload")});` +
    `if(!${JSON.stringify(AUTOSAVE_KEYS)}.some(function(k){return localStorage.getItem(k)!==null}))` +
    `${JSON.stringify(modules)}.forEach(function(f){add(f,"modulepreload")})}catch(e){}})})`
  );
}
