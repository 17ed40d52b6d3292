/**
 * Clicks on the prerendered title before the app has booted. The title is in
 * index.html and paints before the script arrives; a player (or the bench's
 * probe) may click in that moment. EARLY_INPUT_SCRIPT, part of an inline
 * script of the page (its hash is in the CSP), answers at once what needs no
 * app: a figure's button shows that figure's briefing (index.html holds each
 * as a template: briefingMarkup.ts), Back on it shows the title again. Any
 * other title button, and Begin, it notes. The app, once running, takes over
 * the briefing as it is (takeEarlyBriefing) or clicks the noted title button
 * again (replayEarlyClick), so nothing the player did is lost and nothing
 * happens twice.
 *
 * Begin on that briefing shows the figure's opening page at once (a template
 * too: openingMarkup.ts), as the app draws it while the story loads, its
 * choices waiting; the app, once running, draws the same page in its place
 * (takeEarlyOpening), with the focus where it was and the last button pressed
 * on it pressed again. A player who has set the typewriter's speed waits for
 * the app, which types it out.
 *
 * A player with a run to continue gets no early briefing: the app asks first
 * whether to replace that run, so their click waits for it.
 */
import { figureById, type FigureId } from '../core/figures';
import { HAS_AUTOSAVE_ES5 } from './earlyAutosave';
import { BRIEFING_TEMPLATE_PREFIX } from './briefingMarkup';
import { OPENING_TEMPLATE_PREFIX } from './openingTemplateId';
import { settingsKey } from '../persistence/settingsStore';

interface EarlyInput {
  /** Set once the app has taken over: from then on the buttons' own handlers answer. */
  done?: boolean;
  /** The data-figure or data-action of the last title button clicked before that. */
  figure?: string;
  action?: string;
  /** The figure whose briefing the script put on screen, and the title it took off. */
  briefing?: string;
  title?: HTMLElement;
  /** Begin was pressed on that briefing. */
  begin?: boolean;
  /** The script put that figure's opening page on screen (a template too: openingMarkup.ts)… */
  opened?: boolean;
  /** …and, in the frame that showed it, focused its first line and scrolled to its top. */
  shown?: boolean;
  /** The app has taken that page over (takeEarlyOpening). */
  adopted?: boolean;
  /** The last button pressed on that page before then: its place under #app, child index by child index. */
  press?: number[];
  /** How many screens the script has put on screen: the app's script waits for the last one's frame (earlyAfterTitle.ts). */
  changes?: number;
}

/** Plain ES5 on purpose: it runs before anything else, in every browser that opens the page. */
export const EARLY_INPUT_SCRIPT =
  '(function(){var E=window.__uwEarly={};' +
  `function saved(){try{return ${HAS_AUTOSAVE_ES5}}catch(x){return true}}` +
  // The typewriter's speed set: the app types the opening out, so the page does not show it ahead.
  `function typing(){try{return (JSON.parse(localStorage.getItem(${JSON.stringify(settingsKey('display'))})||"{}")||{}).textSpeed>0}catch(x){return true}}` +
  'function path(n,app){var p=[];for(;n&&n!==app;n=n.parentNode)p.unshift([].indexOf.call(n.parentNode.children,n));return p}' +
  // Begin on the briefing shown here: the figure's opening page, as the app would draw it, its choices waiting.
  'function open(app){' +
  `var f=E.briefing,tp=f&&!typing()&&document.getElementById(${JSON.stringify(OPENING_TEMPLATE_PREFIX)}+f),c=tp&&tp.content;` +
  'if(!c||!c.firstElementChild)return;' +
  'app.replaceChildren(c.cloneNode(true));E.opened=true;E.changes=(E.changes||0)+1;app.setAttribute("aria-busy","true");' +
  'var r=app.querySelector(".reader");if(r)r.classList.add("arriving");' +
  'requestAnimationFrame(function(){if(E.adopted)return;E.shown=true;' +
  'var n=app.querySelector(".first-new");if(n)n.focus({preventScroll:true});scrollTo(0,0);' +
  'setTimeout(function(){if(r)r.classList.remove("arriving")},0)})}' +
  'addEventListener("click",function(e){' +
  'var t=e.target,app=document.getElementById("app");' +
  // On that page, the last button pressed before the app took it over, which the app presses again.
  'if(E.opened){var h=!E.adopted&&t&&t.closest&&t.closest("#app button");if(h)E.press=path(h,app);return}' +
  'var b=t&&t.closest&&t.closest("[data-figure],[data-action],#begin,[data-briefing]");' +
  'if(!b||E.done||!app)return;' +
  'if(b.id==="begin"){E.begin=true;open(app);return}' +
  'if(b.getAttribute("data-briefing")==="back"){if(E.title){app.replaceChildren(E.title);E.changes=(E.changes||0)+1;' +
  'var fb=E.title.querySelector("[data-figure=\\""+E.briefing+"\\"]");if(fb)fb.focus()}' +
  'E.briefing=E.title=E.begin=E.figure=E.action=void 0;return}' +
  'var f=b.getAttribute("data-figure");E.figure=f||void 0;E.action=b.getAttribute("data-action")||void 0;' +
  `var tp=f&&!saved()&&document.getElementById(${JSON.stringify(BRIEFING_TEMPLATE_PREFIX)}+f),s=tp&&tp.content&&tp.content.firstElementChild;` +
  'if(s){E.title=app.firstElementChild;E.briefing=f;app.replaceChildren(s.cloneNode(true));E.changes=(E.changes||0)+1;' +
  'var bg=document.getElementById("begin");if(bg)bg.focus()}' +
  '},true)})()';

/**
 * The briefing the page's inline script showed before the app booted, still on
 * screen, or the opening page it showed on that briefing's Begin: its figure,
 * whether Begin was pressed on it, whether the opening page is on screen in
 * its place, and the title it took off. Taken once: from then on the app
 * answers every click (on an opening page shown ahead, once it has drawn its own: takeEarlyOpening).
 */
export function takeEarlyBriefing(): {
  figure: FigureId;
  begun: boolean;
  opened: boolean;
  title: HTMLElement;
} | null {
  const early = (window as { __uwEarly?: EarlyInput }).__uwEarly;
  if (!early || early.done || !early.briefing || !early.title) return null;
  early.done = true;
  const figure = figureById(early.briefing)?.id;
  return figure
    ? { figure, begun: early.begin === true, opened: early.opened === true, title: early.title }
    : null;
}

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

/** The opening page the page's inline script showed, which the app is drawing anew in its place. */
export interface EarlyOpening {
  /**
   * On the app's page, in `root`: the focus where it was on the page shown ahead, and the last button
   * pressed there pressed again. Says whether there was a focus to carry over: not when the app came
   * before that page's first frame, which would have put it on the first line.
   */
  carryOver(root: HTMLElement): boolean;
}

/**
 * The opening page the page's inline script put on screen in `root`, if it is
 * still there: taken once, just before the app draws its own in its place.
 */
export function takeEarlyOpening(root: HTMLElement): EarlyOpening | null {
  const early = (window as { __uwEarly?: EarlyInput }).__uwEarly;
  if (!early?.opened || early.adopted || !root.querySelector(':scope > .reader')) return null;
  early.adopted = true;
  const focused = document.activeElement;
  const focus = focused && focused !== root && root.contains(focused) ? pathIn(root, focused) : null;
  const { shown = false, press } = early;
  return {
    carryOver(into) {
      if (focus) nodeAt(into, focus)?.focus({ preventScroll: true });
      if (press) nodeAt(into, press)?.click();
      return shown;
    },
  };
}

/** Where `node` is under `root`, child index by child index (as the inline script's `path`). */
function pathIn(root: Element, node: Element): number[] {
  const path: number[] = [];
  for (let n: Element | null = node; n && n !== root; n = n.parentElement)
    path.unshift(n.parentElement ? [...n.parentElement.children].indexOf(n) : -1);
  return path;
}

function nodeAt(root: Element, path: readonly number[]): HTMLElement | null {
  let n: Element | undefined = root;
  for (const i of path) n = n?.children[i];
  return n instanceof HTMLElement ? n : null;
}

/**
 * Resolves once the opening page the page's inline script has just shown is
 * painted, at once if there is none: the app's boot waits for it (main.ts),
 * as it would otherwise come before that page's frame and hold it back.
 */
export function earlyOpeningPainted(): Promise<void> {
  const early = (window as { __uwEarly?: EarlyInput }).__uwEarly;
  if (!early?.opened || early.shown || early.adopted) return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
