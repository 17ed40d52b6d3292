/**
 * A specimen of the type a run shows only later, set once, unseen, at a quiet
 * moment after the first page: a choice's echo in italics, the HUD's change
 * markers, and a whole ending screen (its headings, chart, debrief and list of
 * endings). Chromium fetches a face, and sets each (face, size) up for layout
 * with a call to the browser's font service, the first time a page lays text
 * out in it. Left to the story, the first choice fetched the italic face after
 * its paint (the echo drawn in a stand-in, then laid out again in its own
 * face) and paid four set-ups in its frame; an ending paid nine, and laid the
 * whole screen out again when its faces came: about 3 to 5 ms of a choice's
 * paint, and a visible change of face (`npm run bench`, choice → paint).
 *
 * Set in the real components, so the specimen asks for what they will ask
 * for. The set-ups last as long as the page; the faces stay in the cache.
 */
import { endingsOf } from '../core/endings';
import type { FigureId } from '../core/figures';
import { el } from './dom';
import { renderEnding, type EndingModel } from './endingScreen';
import { mountReader } from './reader';
import { whenQuiet } from './browserPorts';

let set = false;

/**
 * Sets the specimen at the next quiet moment (once a page: the book's faces
 * must be on already). It stays, unseen, for the page's life: what the
 * browser sets up for a face at a size, and the words it has shaped in it,
 * last only while some text on the page is set that way. In a closed shadow
 * root, so nothing that looks for the page's elements (`.choice`, `#main`…)
 * finds it, not even a test's locator, which sees into open ones; the page's
 * own rules are copied in, so it is set as the page is.
 */
export function setTypeSpecimen(figure: FigureId): void {
  if (set) return;
  set = true;
  whenQuiet(() => {
    const host = el('div', { class: 'type-specimen' });
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.adoptedStyleSheets = [pageRules()];
    shadow.append(...specimen(figure));
    document.body.append(host);
    // Laid out now: the faces it needs start loading, and, once they are in, it is laid out in them.
    void host.offsetHeight;
  });
}

/** The page's style rules, as one sheet a shadow root can adopt. */
function pageRules(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const text = [...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
  sheet.replaceSync(text);
  return sheet;
}

function specimen(figure: FigureId): HTMLElement[] {
  const reader = mountReader(
    {
      lines: [
        { kind: 'chapter', text: 'Chapter' },
        { kind: 'dateline', text: 'Khabarovsk, 29 July 1938', date: '29 July 1938', place: 'Khabarovsk' },
        { kind: 'echo', text: 'You chose this.' },
        { kind: 'text', text: 'What followed.' },
      ],
      choices: ['An option'],
      newFrom: 0,
    },
    () => undefined,
  );
  const markers = el('p', {}, [
    el('span', { class: 'meter-delta verdict-good', text: '▲+5' }),
    el('span', { class: 'meter-delta verdict-bad', text: '▼−5' }),
    el('span', { class: 'meter-delta', text: '+0' }),
  ]);
  const ending = renderEnding(
    endingSample(figure),
    () => undefined,
    () => undefined,
    () => undefined,
  );
  return [reader.element, markers, ending];
}

/** An ending screen with one of everything it can show. */
function endingSample(figure: FigureId): EndingModel {
  const endings = endingsOf(figure);
  const first = endings[0]!;
  const meters = [{ id: 'm', label: 'Meter', unit: '' }];
  return {
    ending: first,
    endingId: first.id,
    kind: 'star',
    figureName: 'Figure',
    text: { aftermath: ['The last choice.'], epilogue: ['What became of them.'] },
    meters,
    chartPoints: [
      { tick: 'Start', label: 'At the start' },
      { tick: '1', label: 'After your decision' },
    ],
    chart: [{ label: 'Meter', values: [1, 2], min: 0, max: 10 }],
    debrief: [
      {
        chapter: 'CH-1',
        title: 'Chapter',
        note: { chapter: 'CH-1', date: '29 July 1938', history: 'What happened.', historical_choice: null },
        historyInWords: 'What history did.',
        decisions: [
          { text: 'You chose.', effects: { m: 5 }, settling: { m: -1 }, historical: true },
          { text: 'You chose.', effects: {}, settling: {}, historical: false },
        ],
      },
    ],
    nearest: {
      ending: first,
      missed: 1,
      checks: [
        { label: 'A condition', met: true },
        { label: 'A condition', met: false },
      ],
    },
    figureEndings: endings,
    collected: {
      reached: new Set([first.id]),
      texts: { [first.id]: { aftermath: [], epilogue: ['Text.'] } },
    },
  };
}
