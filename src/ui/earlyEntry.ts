/**
 * The app's own script, asked for only once the title is painted (and the
 * screens a quick player opens before then: earlyAfterTitle.ts). As a
 * `<script type="module">` in <head> it was fetched and compiled while the
 * title was being parsed, and its arrival held the title's first frame back:
 * on a 2-core machine the title painted about 12 ms sooner (first contentful
 * paint, median of 40 runs) with it inserted after that frame, and the first
 * story text no later (`npm run bench`). The title needs no script to be read
 * or clicked: index.html's inline script (earlyInput.ts) takes the clicks
 * that come before the app.
 */
import { afterTitleFrameES5 } from './earlyAfterTitle';

/** Plain ES5, as the page's inline script (see earlyInput.ts). `src`: the entry's URL relative to the page. */
export function entryAfterTitleScript(src: string): string {
  return afterTitleFrameES5(
    'var s=document.createElement("script");' +
      `s.type="module";s.crossOrigin="";s.src=${JSON.stringify(src)};document.head.appendChild(s)`,
  );
}
