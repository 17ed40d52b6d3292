/**
 * The first figure's opening page as data, fetched from the moment the title
 * is painted (vite.config.ts names the files): what the app starts the
 * campaign from on Begin, drawing it at once or taking over the one index.html
 * showed for a Begin pressed before the app booted (earlyInput.ts), even
 * pressed as soon as the briefing appears. A new player's title focuses its
 * first figure; this starts that small download one step sooner, as the title
 * paints, not once the app's own script has arrived and run. Only after the
 * paint (the title waits for nothing), and only with no run to continue
 * (Continue takes the focus then, and another campaign may be the one
 * wanted). The files are `<link rel="modulepreload">`: fetched and compiled,
 * run only when the app imports them.
 */
import { afterTitleFrameES5 } from './earlyAfterTitle';
import { HAS_AUTOSAVE_ES5 } from './earlyAutosave';

/** Plain ES5, as the page's inline script (see earlyInput.ts). `files`: URLs relative to the page. */
export function earlyPreloadScript(files: readonly string[]): string {
  return afterTitleFrameES5(
    `try{if(!${HAS_AUTOSAVE_ES5})` +
      `${JSON.stringify(files)}.forEach(function(f){var l=document.createElement("link");` +
      'l.rel="modulepreload";l.crossOrigin="";l.href=f;document.head.appendChild(l)})}catch(e){}',
  );
}
