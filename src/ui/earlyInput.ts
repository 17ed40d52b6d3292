/**
 * Clicks on the prerendered title before the app has booted. The title is in
 * index.html and paints before the script arrives; a player (or the bench's
 * probe) may click a figure in that moment. EARLY_INPUT_SCRIPT, part of an
 * inline script of the page (its hash is in the CSP), notes the last title button
 * clicked (a key on a focused button is a click too); once the title is
 * wired, replayEarlyClick clicks that button again, so nothing the player did
 * is lost and nothing happens twice.
 */

interface EarlyInput {
  /** Set once the app has taken over: from then on the buttons' own handlers answer. */
  done?: boolean;
  /** The data-figure or data-action of the last title button clicked before that. */
  figure?: string;
  action?: string;
}

/** Plain ES5 on purpose: it runs before anything else, in every browser that opens the page. */
export const EARLY_INPUT_SCRIPT =
  'window.__uwEarly={};addEventListener("click",function(e){' +
  'var b=e.target&&e.target.closest&&e.target.closest("[data-figure],[data-action]");' +
  'if(!b||__uwEarly.done)return;' +
  '__uwEarly.figure=b.getAttribute("data-figure")||undefined;' +
  '__uwEarly.action=b.getAttribute("data-action")||undefined},true)';

/**
 * Clicks, inside `title`, the button clicked before the app booted, if any; at
 * most once per page load. Says whether it clicked one.
 */
export function replayEarlyClick(title: HTMLElement): boolean {
  const early = (window as { __uwEarly?: EarlyInput }).__uwEarly;
  if (!early || early.done) return false;
  early.done = true;
  const selector = early.figure
    ? `[data-figure="${CSS.escape(early.figure)}"]`
    : early.action
      ? `[data-action="${CSS.escape(early.action)}"]`
      : null;
  const button = selector ? title.querySelector<HTMLElement>(selector) : null;
  button?.click();
  return button !== null;
}
