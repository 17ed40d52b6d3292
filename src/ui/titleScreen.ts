/** The title screen: figure select with briefings, Continue, codex and endings. */
import { FIGURES, type FigureId } from '../core/figures';
import { confirmDialog } from './dialog';
import { button, el } from './dom';
import { jsonFilePicker } from './filePicker';

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
  const figures = el('ul', { class: 'figures' });
  for (const f of FIGURES) {
    const count = o.endingsCount(f.id);
    figures.append(
      el('li', { class: 'figure-card' }, [
        el('h3', { text: f.name }),
        el('p', { class: 'figure-role', text: `${f.role} · ${f.years}` }),
        el('p', { class: 'figure-briefing', text: f.briefing }),
        el('p', { class: 'figure-endings', text: `Endings found: ${count.reached} of ${count.total}` }),
        prefetchOnApproach(
          button(`Play as ${f.name}`, () => newGame(f.id), {
            class: 'primary',
            attrs: { 'data-figure': f.id },
          }),
          () => o.onPrefetch(f.id),
        ),
      ]),
    );
  }
  // A real button opens the hidden, untabbable file picker, so keyboard users see their focus.
  const fileInput = jsonFilePicker((file) => o.onImport(file));
  const importButton = button('Import save', () => fileInput.click());

  root.replaceChildren(
    el('main', { class: 'title-screen', attrs: { id: 'main' } }, [
      el('header', { class: 'title-header' }, [
        el('h1', { text: 'Undeclared War' }),
        el('p', { class: 'tagline', text: 'Lake Khasan 1938 · Khalkhin Gol 1939 · and the roads not taken' }),
      ]),
      o.continueLabel
        ? el('section', { class: 'continue', attrs: { 'aria-label': 'Continue' } }, [
            button('Continue', o.onContinue, { class: 'primary', attrs: { id: 'continue' } }),
            el('p', { class: 'continue-label', text: o.continueLabel }),
          ])
        : null,
      el('section', { attrs: { 'aria-labelledby': 'choose-figure' } }, [
        el('h2', { text: 'Choose your figure', attrs: { id: 'choose-figure' } }),
        figures,
      ]),
      el('nav', { class: 'title-menu', attrs: { 'aria-label': 'More' } }, [
        o.onSpeedrun ? button('Speedrun', o.onSpeedrun, { attrs: { id: 'speedrun' } }) : null,
        button('Saved games', o.onSaves),
        button('Practice', practice),
        button('Settings', o.onSettings),
        button('Codex', o.onCodex),
        button('Endings', o.onEndings),
        importButton,
        fileInput,
      ]),
    ]),
  );
}

/** Calls `prefetch` when a pointer enters or focus reaches the button, before any click. */
function prefetchOnApproach(b: HTMLButtonElement, prefetch: () => void): HTMLButtonElement {
  b.addEventListener('pointerenter', prefetch, { once: true });
  b.addEventListener('focus', prefetch, { once: true });
  return b;
}
