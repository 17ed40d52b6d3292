/**
 * The speedrun category select: a button per category ("Shtern — ★"), each
 * with its rule and published seed; a custom seed field; the LiveSplit
 * switch. Choosing a category is the run's first input: the timer starts.
 */
import { CATEGORIES, type Category } from '../../core/speedrun/categories';
import { parseSeed } from '../../core/speedrun/seeds';
import { FIGURES, type FigureId } from '../../core/figures';
import { openDialog } from '../dialog';
import { button, el } from '../dom';

export interface CategorySelectActions {
  onStart: (category: Category, options: { figure?: FigureId; seed?: number }) => void;
  liveSplit: () => boolean;
  setLiveSplit: (on: boolean) => void;
  liveSplitStatus: () => string;
  /** Practice: from any decision reached before, timing segments, not runs (the flowchart's). */
  onPractice: () => void;
}

export function openCategorySelect(actions: CategorySelectActions): void {
  const seedInput = el('input', {
    class: 'sr-seed-input',
    attrs: {
      id: 'sr-seed',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': 'sr-seed-help',
    },
  });
  const seedError = el('p', { class: 'sr-seed-error', attrs: { role: 'alert', id: 'sr-seed-error' } });
  /** The custom seed, or undefined for the published one; null when what was typed is not a seed. */
  const customSeed = (): number | undefined | null => {
    if (!seedInput.value.trim()) return undefined;
    const parsed = parseSeed(seedInput.value);
    seedError.textContent = parsed.ok ? '' : parsed.message;
    if (!parsed.ok) seedInput.focus();
    return parsed.ok ? parsed.seed : null;
  };
  const start = (category: Category, figure?: FigureId): void => {
    const seed = customSeed();
    if (seed === null) return;
    dialog.close();
    actions.onStart(category, { figure, ...(seed === undefined ? {} : { seed }) });
  };

  const groups = FIGURES.map((f) =>
    el('section', { class: 'sr-group', attrs: { 'aria-label': f.shortName } }, [
      el('h3', { text: f.name }),
      el(
        'ul',
        { class: 'sr-categories' },
        CATEGORIES.filter((c) => c.figure === f.id).map((c) => categoryItem(c, () => start(c))),
      ),
    ]),
  );
  const all18 = CATEGORIES.filter((c) => c.figure === null);
  const allGroup = el('section', { class: 'sr-group', attrs: { 'aria-label': 'All figures' } }, [
    el('h3', { text: 'All figures' }),
    el(
      'ul',
      { class: 'sr-categories' },
      all18.map((c) =>
        el('li', {}, [
          el('p', { class: 'sr-category-name', text: c.name }),
          el('p', { class: 'sr-rule', text: `${c.rule} Published seed ${c.seed}.` }),
          el(
            'div',
            { class: 'sr-figure-starts' },
            FIGURES.map((f) => button(`${c.name} — start as ${f.shortName}`, () => start(c, f.id))),
          ),
        ]),
      ),
    ),
  ]);

  const liveSplit = el('input', { attrs: { type: 'checkbox', id: 'sr-livesplit' } });
  liveSplit.checked = actions.liveSplit();
  const status = el('p', {
    class: 'sr-status',
    text: actions.liveSplitStatus(),
    attrs: { 'aria-live': 'polite' },
  });
  liveSplit.addEventListener('change', () => {
    actions.setLiveSplit(liveSplit.checked);
    status.textContent = actions.liveSplitStatus();
  });

  const dialog = openDialog('Speedrun', [
    el('p', {
      text: 'Choose a category: the timer starts at once. Text appears instantly, text you have read before is skipped to the next choice, and undo is off.',
    }),
    el('div', { class: 'sr-seed' }, [
      el('label', { text: 'Custom seed', attrs: { for: 'sr-seed' } }),
      seedInput,
      el('p', {
        class: 'sr-help',
        attrs: { id: 'sr-seed-help' },
        text: 'Leave empty to run on the category’s published seed. Runs on a custom seed keep their own records.',
      }),
      seedError,
    ]),
    ...groups,
    allGroup,
    el('section', { class: 'sr-group', attrs: { 'aria-label': 'Practice' } }, [
      el('h3', { text: 'Practice' }),
      el('p', {
        class: 'sr-rule',
        text: 'Start from any decision you have reached before, with its exact state, and time segments from chapter to chapter. Jumping back is allowed only here; practice times are not runs.',
      }),
      button('Practice a segment', () => {
        dialog.close();
        actions.onPractice();
      }),
    ]),
    el('div', { class: 'sr-livesplit' }, [
      liveSplit,
      el('label', {
        text: 'Connect to LiveSplit Server (ws://localhost:16834)',
        attrs: { for: 'sr-livesplit' },
      }),
      status,
    ]),
  ]);
  dialog.classList.add('speedrun-dialog');
  dialog.querySelector<HTMLElement>('.sr-categories button')?.focus();
}

function categoryItem(c: Category, onStart: () => void): HTMLElement {
  return el('li', {}, [
    button(c.name, onStart, { class: 'sr-category', attrs: { 'data-category': c.id } }),
    el('p', { class: 'sr-rule', text: `${c.rule} Published seed ${c.seed}.` }),
  ]);
}
