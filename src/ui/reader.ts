/**
 * The reader: the reading page (the option chosen, its aftermath, interludes
 * and the new chapter, with chapter headings and datelines where the story puts
 * them), the choices as real buttons with number-key shortcuts, new text
 * announced to screen readers, and focus moved to the first new line after a
 * choice so reading resumes where the story does.
 *
 * A choice only adds to the page (or, at a new chapter, starts it afresh), so
 * the reader is mounted once per run on screen and then only appends the new
 * lines and swaps the choices: the frame that shows a choice's text styles and
 * lays out the new text, not the whole page again. Nor all of that: a choice
 * adds 2,000 to 6,000 characters, of which three or four lines are in view
 * once the first is brought to the middle; the lines that cannot be in view
 * yet wait, hidden, for the frame after it (`heldLines`).
 *
 * Nor even that, most often: nearly every choice starts its page afresh, and
 * while the player reads, the lookahead tells each option's page (`prepare`),
 * which is built and laid out then, unseen, with the choices it will offer.
 * The choice's frame only puts the chosen one in the page's place: laying out
 * 3,000 characters afresh took 3.2 ms in that frame, revealing them laid out
 * 0.6–0.8 ms; building the new choices took 1.1–1.4 ms more, revealing them
 * next to nothing. The page left is taken out of the layout (`hidden`, its
 * class gone: 0.8 ms) and removed after the paint (removing it then and there
 * took 1.3 ms).
 */
import type { ScreenLine } from '../core/page';
import { afterPaint, afterPaintInBackground } from './browserPorts';
import { el } from './dom';

export interface ReaderModel {
  lines: ScreenLine[];
  choices: string[];
  /** How many of `lines` are new since the last render (to announce and focus). */
  newFrom: number;
  /**
   * The choices are shown but not live yet: the prebuilt opening page, on screen
   * while its story loads (screens.ts). They are disabled, the list marked busy.
   */
  waiting?: boolean;
}

export interface ReaderView {
  element: HTMLElement;
  /** Shows the next page: the lines from `newFrom` on are appended, the rest are already on screen. */
  update(model: ReaderModel): void;
  /**
   * Lays out, hidden, a page that a choice may show next (the lookahead's
   * `pageAhead`) and its choices: if `update` then brings a page with exactly
   * these lines and choices, its frame only reveals them. Only a page that
   * starts afresh (nearly every choice's) is prepared: one that goes on adds
   * to the page on screen.
   */
  prepare(next: Pick<ReaderModel, 'lines' | 'newFrom' | 'choices'>): void;
  /** The waiting choices on screen go live, as they are: the page the opening showed ahead is ready. */
  goLive(): void;
  /**
   * Moves the focus to the first new line (or, with none, the first choice),
   * where reading resumes, without scrolling; returns it.
   */
  focusFirstNew(): HTMLElement | null;
  /**
   * Scrolls a choice that a subscriber gave the focus (speedrun's skip to the
   * choices) back into view: focus() scrolled to it by a layout that has
   * changed since (stand-in heights, lines held back).
   */
  revealFocusedChoice(): void;
}

export function mountReader(model: ReaderModel, onChoose: (index: number) => void): ReaderView {
  let page = el('article', { class: 'page', attrs: { 'aria-label': 'Story' } });
  let choices: HTMLElement = el('ol', { class: 'choices', attrs: { 'aria-label': 'Choices' } });
  /**
   * Pages prepared for the options on screen, each with its choices, hidden between the page and the
   * choices: laid out in the frames while the player reads, at the page's own width (`.page-ahead`,
   * `.choices-ahead`, styles.css).
   */
  let prepared: Prepared[] = [];
  let firstNew: HTMLElement | null = null;
  /** The last page's first new line: focusable until the focus has left it (see focusFirstNew). */
  let previous: HTMLElement | null = null;
  const revealFocusedChoice = (): void => {
    const focused = document.activeElement;
    if (focused && choices.contains(focused)) focused.scrollIntoView({ block: 'nearest' });
  };
  const held = heldLines(() => page, revealFocusedChoice);

  const show = (
    { lines, choices: options, newFrom, waiting = false }: ReaderModel,
    holding: boolean,
  ): void => {
    const ready =
      newFrom === 0 && !waiting
        ? prepared.find((p) => sameLines(p.lines, lines) && sameTexts(p.options, options))
        : undefined;
    // The others take no room and are not seen: removed after the paint, not in this frame's work.
    const leaving = prepared.filter((p) => p !== ready).flatMap((p) => [p.element, p.list]);
    prepared = [];
    // Where the new lines will start: read before anything changes, from the layout the last frame left.
    const end = holding && !ready ? held.pageEnd() : null;
    // A page still holding lines back shows them before it goes on.
    held.release(false);
    firstNew?.classList.remove('first-new');
    previous = firstNew;
    firstNew = null;
    if (ready) {
      // Laid out already, with its choices: they take the page's and the choices' places, and their
      // frame has little more to lay out. The page left goes out of the layout now, and out of the
      // document after the paint; its choices at once (a handful of elements), so that no choice
      // but the live ones is found.
      page.hidden = true;
      page.removeAttribute('class');
      leaving.push(page);
      choices.remove();
      page = ready.element;
      page.className = 'page';
      page.removeAttribute('aria-hidden');
      page.setAttribute('aria-label', 'Story');
      choices = ready.list;
      choices.className = 'choices';
      choices.removeAttribute('aria-hidden');
      // Its buttons and their parts take the live choices' classes: styled alike, they lay out nothing anew.
      for (const part of choices.querySelectorAll('[class$="-ahead"]'))
        part.className = part.className.slice(0, -'-ahead'.length);
      firstNew = page.firstElementChild as HTMLElement | null;
      if (firstNew) markFirstNew(firstNew);
    } else {
      // What is on screen is the page up to `newFrom`; anything else (a new chapter) starts afresh.
      const keep = page.childElementCount === newFrom ? newFrom : 0;
      if (keep === 0) page.replaceChildren();
      const added = lines.slice(keep).map((line, i) => lineNode(line, keep + i === newFrom));
      firstNew = added[Math.max(0, newFrom - keep)] ?? null;
      // (A page started afresh from a line other than its first, as when the screen was not the page
      // before it: where its new lines start is not known.)
      if (holding)
        held.hold(
          added.slice(Math.max(0, newFrom - keep)),
          newFrom === 0 ? 'afresh' : keep === 0 ? null : end,
        );
      page.append(...added);
      choices.replaceChildren(...choiceItems(options, '', waiting, onChoose));
    }
    if (leaving.length > 0) afterPaintInBackground(() => leaving.forEach((e) => e.remove()));
    choices.setAttribute('aria-busy', String(waiting));
  };

  // The first page is laid out only as far as it is in view by other means (the `arriving` class, screens.ts).
  show(model, false);
  return {
    element: el('main', { class: 'reader', attrs: { id: 'main' } }, [page, choices]),
    update: (next) => show(next, true),
    prepare({ lines, newFrom, choices: options }) {
      if (newFrom !== 0 || lines.length === 0) return;
      const element = el('article', { class: 'page-ahead', attrs: { 'aria-hidden': 'true' } });
      element.append(...lines.map((line) => lineNode(line, false)));
      // Its buttons are `.choice-ahead` until shown (their number and text `.choice-key-ahead`,
      // `.choice-text-ahead`): a `.choice` is one the player can take now.
      const list = el(
        'ol',
        { class: 'choices-ahead', attrs: { 'aria-label': 'Choices', 'aria-hidden': 'true' } },
        [...choiceItems(options, '-ahead', false, onChoose)],
      );
      prepared.push({ lines, options, element, list });
      choices.before(element, list);
    },
    goLive: () => {
      choices.setAttribute('aria-busy', 'false');
      for (const b of choices.querySelectorAll('button')) b.disabled = false;
    },
    focusFirstNew: () => {
      const target = firstNew ?? choices.querySelector<HTMLElement>('.choice');
      target?.focus({ preventScroll: true });
      // Made unfocusable only now: taking that from the focused element blurs it and lays the page out.
      if (previous !== firstNew) previous?.removeAttribute('tabindex');
      previous = null;
      return target;
    },
    revealFocusedChoice,
  };
}

/** A page prepared for an option, and the choices it will offer. */
interface Prepared {
  lines: ScreenLine[];
  options: string[];
  element: HTMLElement;
  list: HTMLElement;
}

/**
 * The choices as list items, each a button with its number key and text (`.choice`, `.choice-key`,
 * `.choice-text`); `suffix` '-ahead' names them as a prepared list's (`.choice-ahead`…).
 */
function choiceItems(
  options: readonly string[],
  suffix: '' | '-ahead',
  waiting: boolean,
  onChoose: (index: number) => void,
): HTMLElement[] {
  return options.map((text, i) => {
    const b = el(
      'button',
      { class: `choice${suffix}`, attrs: { type: 'button', 'data-choice': String(i + 1) } },
      [
        i < 9
          ? el('span', { class: `choice-key${suffix}`, text: `${i + 1}`, attrs: { 'aria-hidden': 'true' } })
          : null,
        el('span', { class: `choice-text${suffix}`, text }),
      ],
    );
    b.disabled = waiting;
    b.addEventListener('click', () => onChoose(i));
    return el('li', {}, [b]);
  });
}

/**
 * The new lines below what can be in view, hidden in the frame that shows a
 * choice's text and shown in the one after it. That frame lays out, a quarter over,
 * what the view will show: from the page's top when the page starts afresh
 * (it is scrolled to the top, below the map on a wide screen); else from
 * where the new lines start, the page's end, or, if the first of them will
 * not fit in the view there, from the middle of the view, where screens.ts
 * then brings it. Text is measured by the page's height per character and
 * the page's place, read after each such frame, when its layout is clean.
 * The choices below are out of view meanwhile; number keys act on the story,
 * not on the buttons.
 */
function heldLines(
  pageNow: () => HTMLElement,
  onShown: () => void,
): {
  /**
   * Where the page ends in the view (px from its top), before new lines are added: read from the last
   * frame's layout. Null while lines are held (the end the view will show is not laid out yet).
   */
  pageEnd(): number | null;
  /**
   * Holds back what cannot be in view of `lines`. `start`: where they start in the view (`pageEnd`), null
   * if not known, or 'afresh': the page starts afresh with them.
   */
  hold(lines: HTMLElement[], start: number | null | 'afresh'): void;
  /**
   * Shows the held lines now. `painted`: after the paint, when the page's layout is clean, to measure
   * it and bring a focused choice back into view; not before the next page is drawn, where that would
   * lay the page out in the middle of a choice, for a view the new page replaces.
   */
  release(painted: boolean): void;
} {
  // First guesses, on the side of too many lines: 16 px type, 1.6 line height, 100 characters a line,
  // and the page at the top of the document.
  let pxPerChar = 0.26;
  let pageTop = 0;
  let lines: HTMLElement[] = [];
  const release = (painted: boolean): void => {
    if (lines.length === 0) return;
    const page = pageNow();
    if (painted) {
      let chars = 0;
      for (const line of page.children) if (!(line as HTMLElement).hidden) chars += lineChars(line);
      if (chars >= 1000) pxPerChar = page.offsetHeight / chars;
      pageTop = page.getBoundingClientRect().top + scrollY;
    }
    for (const line of lines) line.hidden = false;
    lines = [];
    // A choice given the focus meanwhile stays in view as the lines come in above it.
    if (painted) onShown();
  };
  /** How much of the new lines the view will show (px), by where they start. */
  const inView = (newLines: HTMLElement[], start: number | null | 'afresh'): number => {
    if (start === 'afresh') return Math.max(innerHeight - pageTop, innerHeight / 4);
    // Not known: the first may sit anywhere in the view.
    if (start === null) return innerHeight;
    const first = newLines[0] ? lineChars(newLines[0]) * pxPerChar * 1.25 : 0;
    // Left where it starts (if it fits there), or brought to the middle (screens.ts): the more of the two.
    return Math.max(innerHeight - Math.min(Math.max(start, 0), innerHeight), (innerHeight + first) / 2);
  };
  return {
    pageEnd: () => (lines.length > 0 ? null : pageNow().getBoundingClientRect().bottom),
    hold(newLines, start) {
      let room = (inView(newLines, start) * 1.25) / pxPerChar;
      for (const line of newLines) {
        if (room <= 0) line.hidden = true;
        room -= lineChars(line);
      }
      lines = newLines.filter((l) => l.hidden);
      if (lines.length === 0) return;
      const these = lines;
      afterPaint(() => {
        if (lines === these) release(true);
      });
    },
    release,
  };
}

/** A line's length in characters, at least a short line's: a heading or a dateline takes a line's height. */
function lineChars(line: Element): number {
  return Math.max(line.textContent?.length ?? 0, 60);
}

/** A line's element; `first`: the first new line, where reading resumes (focusable, marked). */
function lineNode(line: ScreenLine, first: boolean): HTMLElement {
  const node = lineElement(line);
  node.dataset.kind = line.kind;
  if (first) markFirstNew(node);
  return node;
}

function markFirstNew(line: HTMLElement): void {
  line.setAttribute('tabindex', '-1');
  line.classList.add('first-new');
}

function lineElement(line: ScreenLine): HTMLElement {
  switch (line.kind) {
    case 'chapter':
      return el('h2', { class: 'chapter-title', text: line.text });
    case 'dateline':
      return el('p', { class: 'dateline', text: line.text });
    case 'echo':
      return el('p', { class: 'echo', text: line.text });
    default:
      return el('p', { text: line.text });
  }
}

function sameLines(a: readonly ScreenLine[], b: readonly ScreenLine[]): boolean {
  return a.length === b.length && a.every((line, i) => line.kind === b[i]!.kind && line.text === b[i]!.text);
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

/** Text for the screen-reader announcer: the new lines only. */
export function announcement(model: ReaderModel): string {
  return model.lines
    .slice(model.newFrom)
    .map((l) => l.text)
    .join(' ');
}
