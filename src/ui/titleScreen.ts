/**
 * The title screen: figure select with briefings, Continue, codex and endings.
 * Its markup comes from titleMarkup.ts (the build writes it into index.html, so
 * the title paints before any script); here it is adopted, wired and completed.
 */
import { figureById, type FigureId } from '../core/figures';
import { confirmDialog } from './dialog';
import { button, el } from './dom';
import { jsonFilePicker } from './filePicker';
import type { TitleAction } from './titleMarkup';

export interface TitleOptions {
  /** Present when an autosave can be continued: what it is. */
  continueLabel: string | null;
  /** The run a new campaign would replace, e.g. "Grigori Shtern at SH-3 Zaozyornaya", or null. */
  runInProgress: string | null;
  onContinue: () => void;
  onNewGame: (figure: FigureId) => void;
  /** The player's pointer or focus reached a figure: its campaign may start loading. */
  onPrefetch: (figure: FigureId) => void;
  onCodex: () => void;
  onEndings: () => void;
  onImport: (file: File) => void;
  /** Opens the save slots (to load one). */
  onSaves: () => void;
  onSettings: () => void;
  /** Opens Practice: start from any decision reached before, timing segments. */
  onPractice: () => void;
  /** Opens speedrun mode's category select, when the game offers it. */
  onSpeedrun?: () => void;
  endingsCount: (figure: FigureId) => { reached: number; total: number };
}

/** The title as index.html first gave it, before any wiring: the title is made again from it. */
let pristineTitle: HTMLElement | null = null;

/** Keeps index.html's title, taken off the page unwired (earlyInput.ts), to make the title again from. */
export function keepPristineTitle(title: HTMLElement): void {
  pristineTitle ??= title.cloneNode(true) as HTMLElement;
}

/** Shows the title in `root`: the markup already on screen (index.html's), or a copy of it. */
export function renderTitle(root: HTMLElement, o: TitleOptions): void {
  // A new campaign replaces the autosave: ask first, and keep the run on Cancel.
  const newGame = (figure: FigureId): void => {
    if (!o.runInProgress) return o.onNewGame(figure);
    confirmDialog(
      'New campaign',
      `Start a new campaign? Your run as ${o.runInProgress} will be replaced.`,
      'Start new campaign',
      () => o.onNewGame(figure),
    );
  };
  // Practice plays from a decision as a run of its own, which replaces the autosave too.
  const practice = (): void => {
    if (!o.runInProgress) return o.onPractice();
    confirmDialog(
      'Practice',
      `Practice starts a run of its own: once you pick a decision, your run as ${o.runInProgress} will be replaced.`,
      'Open Practice',
      o.onPractice,
    );
  };
  // The markup index.html painted (tools/vite-plugin-title.ts), adopted and wired; back at the
  // title, a copy of it as it first came, so no HTML string is parsed at run time.
  let title = root.querySelector<HTMLElement>('main.title-screen:not([data-ready])');
  if (title) pristineTitle ??= title.cloneNode(true) as HTMLElement;
  else {
    if (!pristineTitle) throw new Error('index.html has no title markup (tools/vite-plugin-title.ts)');
    title = pristineTitle.cloneNode(true) as HTMLElement;
    root.replaceChildren(title);
  }
  for (const b of title.querySelectorAll<HTMLButtonElement>('button[data-figure]')) {
    const figure = figureById(b.dataset.figure ?? '');
    if (!figure) continue;
    b.addEventListener('click', () => newGame(figure.id));
    prefetchOnApproach(b, () => o.onPrefetch(figure.id));
    const count = o.endingsCount(figure.id);
    const endings = title.querySelector(`[data-endings-of="${figure.id}"]`);
    if (endings) endings.textContent = `Endings found: ${count.reached} of ${count.total}`;
  }
  // A real button opens the hidden, untabbable file picker, so keyboard users see their focus.
  const fileInput = jsonFilePicker((file) => o.onImport(file));
  const actions: Record<TitleAction, (() => void) | undefined> = {
    speedrun: o.onSpeedrun,
    saves: o.onSaves,
    practice,
    settings: o.onSettings,
    codex: o.onCodex,
    endings: o.onEndings,
    import: () => fileInput.click(),
  };
  for (const b of title.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    const action = actions[b.dataset.action as TitleAction];
    if (action) b.addEventListener('click', action);
    else b.remove();
  }
  title.querySelector('.title-menu')?.append(fileInput);
  if (o.continueLabel)
    title
      .querySelector('.title-header')
      ?.after(
        el('section', { class: 'continue', attrs: { 'aria-label': 'Continue' } }, [
          button('Continue', o.onContinue, { class: 'primary', attrs: { id: 'continue' } }),
          el('p', { class: 'continue-label', text: o.continueLabel }),
        ]),
      );
  // The app has taken the title over: what tests and the early-input replay wait for.
  title.dataset.ready = '';
}

/** Calls `prefetch` when a pointer enters or focus reaches the button, before any click. */
function prefetchOnApproach(b: HTMLButtonElement, prefetch: () => void): HTMLButtonElement {
  b.addEventListener('pointerenter', prefetch, { once: true });
  b.addEventListener('focus', prefetch, { once: true });
  return b;
}
