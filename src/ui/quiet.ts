/**
 * What counts as a quiet moment for work ahead of need (browserPorts.ts
 * `whenQuiet`, and the page's inline script that turns the book's faces on:
 * earlyFonts.ts): an idle period at least QUIET_MS long, which has no frame
 * due within it (Chromium gives up to 50 ms then; an idle moment between a
 * click and its paint is cut at the next frame). On a page that is never
 * quiet, the work runs after QUIET_WAIT_MS all the same.
 */
export const QUIET_MS = 40;
export const QUIET_WAIT_MS = 3000;
