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
 * A player with a run to continue gets no early briefing: the app asks first
 * whether to replace that run, so their click waits for it.
 */
import { figureById, type FigureId } from '../core/figures';
import { HAS_AUTOSAVE_ES5 } from './earlyAutosave';
import { BRIEFING_TEMPLATE_PREFIX } from './briefingMarkup';

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
}

/** Plain ES5 on purpose: it runs before anything else, in every browser that opens the page. */
export const EARLY_INPUT_SCRIPT =
  '(function(){var E=window.__uwEarly={};' +
  `function saved(){try{return ${HAS_AUTOSAVE_ES5}}catch(x){return true}}` +
  'addEventListener("click",function(e){' +
  'var t=e.target,b=t&&t.closest&&t.closest("[data-figure],[data-action],#begin,[data-briefing]"),' +
  'app=document.getElementById("app");if(!b||E.done||!app)return;' +
  'if(b.id==="begin"){E.begin=true;return}' +
  'if(b.getAttribute("data-briefing")==="back"){if(E.title){app.replaceChildren(E.title);' +
  'var fb=E.title.querySelector("[data-figure=\\""+E.briefing+"\\"]");if(fb)fb.focus()}' +
  'E.briefing=E.title=E.begin=E.figure=E.action=void 0;return}' +
  'var f=b.getAttribute("data-figure");E.figure=f||void 0;E.action=b.getAttribute("data-action")||void 0;' +
  `var tp=f&&!saved()&&document.getElementById(${JSON.stringify(BRIEFING_TEMPLATE_PREFIX)}+f),s=tp&&tp.content&&tp.content.firstElementChild;` +
  'if(s){E.title=app.firstElementChild;E.briefing=f;app.replaceChildren(s.cloneNode(true));' +
  'var bg=document.getElementById("begin");if(bg)bg.focus()}' +
  '},true)})()';

/**
 * The briefing the page's inline script showed before the app booted, still on
 * screen: its figure, whether Begin was pressed on it, and the title it took
 * off. Taken once: from then on the app answers every click.
 */
export function takeEarlyBriefing(): { figure: FigureId; begun: boolean; title: HTMLElement } | null {
  const early = (window as { __uwEarly?: EarlyInput }).__uwEarly;
  if (!early || early.done || !early.briefing || !early.title) return null;
  early.done = true;
  const figure = figureById(early.briefing)?.id;
  return figure ? { figure, begun: early.begin === true, title: early.title } : null;
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
