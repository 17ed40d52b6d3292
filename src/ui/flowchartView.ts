/**
 * The flowchart dialog: the run so far (its decisions in play order, the
 * option taken at each marked in words), then every decision ever reached by
 * chapter, with the options taken in any run marked. Each decision the player
 * can return to has "Jump here" (when the mode allows it) and "Practice from
 * here". The title's Practice dialog shows the same decisions for each figure.
 * Renders the model core computed (core/decisionGraph.ts); holds no rules.
 */
import type { FlowDecision, Flowchart } from '../core/decisionGraph';
import { FIGURES, type FigureId } from '../core/figures';
import { button, el } from './dom';
import { openDialog } from './dialog';

export interface FlowActions {
  /** Null where jumping is not allowed (a timed speedrun): Practice jumps too, so both are then left out. */
  onJump: ((key: string) => void) | null;
  onPractice: ((key: string) => void) | null;
}

function heading(d: FlowDecision): string {
  return [d.chapter, d.chapterTitle].filter(Boolean).join(' · ') || 'The start';
}

function optionList(d: FlowDecision, inRun: boolean): HTMLElement {
  return el(
    'ul',
    { class: 'flow-options' },
    d.options.map((o) => {
      // Marked in words, never by style alone.
      const mark = o.takenThisRun ? 'taken in this run' : o.takenEver && !inRun ? 'taken before' : null;
      return el('li', { class: o.takenThisRun ? 'flow-taken' : o.takenEver ? 'flow-taken-before' : '' }, [
        o.text,
        mark ? el('span', { class: 'flow-mark', text: ` — ${mark}` }) : null,
      ]);
    }),
  );
}

function decisionItem(d: FlowDecision, actions: FlowActions, inRun: boolean): HTMLElement {
  const where = heading(d);
  const key = d.key;
  const buttons =
    key !== null && d.jumpable
      ? el('div', { class: 'flow-actions' }, [
          actions.onJump
            ? button('Jump here', () => actions.onJump?.(key), {
                attrs: { 'aria-label': `Jump to ${where}`, 'data-action': 'jump' },
              })
            : null,
          actions.onPractice
            ? button('Practice from here', () => actions.onPractice?.(key), {
                attrs: { 'aria-label': `Practice from ${where}`, 'data-action': 'practice' },
              })
            : null,
        ])
      : null;
  return el(
    'li',
    {
      class: `flow-decision${d.current ? ' flow-current' : ''}`,
      attrs: { 'data-decision': key ?? '', ...(d.current ? { 'aria-current': 'step' } : {}) },
    },
    [
      el('h4', { text: where }),
      d.current ? el('p', { class: 'flow-here', text: 'You are here' }) : null,
      !inRun && d.via ? el('p', { class: 'flow-via', text: `After: ${d.via}` }) : null,
      optionList(d, inRun),
      buttons,
    ],
  );
}

/** Every decision reached, by chapter. */
function allDecisions(chart: Flowchart, actions: FlowActions): HTMLElement[] {
  return chart.chapters.map((c) =>
    el('section', { class: 'flow-chapter', attrs: { 'aria-label': [c.chapter, c.title].join(' ') } }, [
      el('h3', { text: [c.chapter, c.title].filter(Boolean).join(' · ') }),
      el(
        'ul',
        { class: 'flow-decisions' },
        c.decisions.map((d) => decisionItem(d, actions, false)),
      ),
    ]),
  );
}

/**
 * Opens a dialog whose actions run after it has closed and given the focus
 * back, so the page a jump shows can take the focus itself.
 */
function dialogWithActions(
  title: string,
  build: (actions: (run: (key: string) => void) => (key: string) => void) => Node[],
): void {
  let pending: (() => void) | null = null;
  const closing =
    (run: (key: string) => void) =>
    (key: string): void => {
      pending = () => run(key);
      dialog.close();
    };
  const body = build(closing);
  const dialog = openDialog(title, body, () => pending?.());
  body.find((n): n is HTMLElement => n instanceof HTMLElement && n.tabIndex === 0)?.focus();
}

export function openFlowchart(chart: Flowchart, given: FlowActions): void {
  dialogWithActions('Flowchart', (closing) => {
    const actions: FlowActions = {
      onJump: given.onJump && closing(given.onJump),
      onPractice: given.onPractice && closing(given.onPractice),
    };
    return [flowchartRegion(chart, actions)];
  });
  document.querySelector('.flow-run .flow-current')?.scrollIntoView({ block: 'nearest' });
}

function flowchartRegion(chart: Flowchart, actions: FlowActions): HTMLElement {
  return el(
    'div',
    { class: 'flowchart', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Flowchart of decisions' } },
    [
      el('section', { class: 'flow-run', attrs: { 'aria-labelledby': 'flow-run-title' } }, [
        el('h3', { text: 'This run', attrs: { id: 'flow-run-title' } }),
        el(
          'ol',
          { class: 'flow-decisions' },
          chart.run.map((d) => decisionItem(d, actions, true)),
        ),
      ]),
      el('section', { class: 'flow-all', attrs: { 'aria-labelledby': 'flow-all-title' } }, [
        el('h3', { text: 'Every decision reached', attrs: { id: 'flow-all-title' } }),
        actions.onJump
          ? null
          : el('p', { text: 'Jumping back and Practice are not allowed in a timed run.' }),
        ...allDecisions(chart, actions),
      ]),
    ],
  );
}

/** The title's Practice: each figure's decisions reached, to practise from. */
export function openPracticePicker(
  figures: { name: string; chart: Flowchart; onPractice: (key: string) => void }[],
): void {
  const reached = figures.filter((f) => f.chart.chapters.length > 0);
  dialogWithActions('Practice', (closing) => [
    el('p', {
      class: 'menu-note',
      text: 'Practice starts at a decision you have reached, as it was then, and times each segment from one chapter to the next.',
    }),
    el(
      'div',
      {
        class: 'flowchart',
        attrs: { tabindex: '0', role: 'region', 'aria-label': 'Decisions to practise from' },
      },
      reached.length
        ? reached.map((f) =>
            el('section', { class: 'flow-figure', attrs: { 'aria-label': f.name } }, [
              el('h3', { text: f.name }),
              ...allDecisions(f.chart, { onJump: null, onPractice: closing(f.onPractice) }),
            ]),
          )
        : [
            el('p', {
              text: 'Play a campaign first: every decision you reach appears here, to practise from.',
            }),
          ],
    ),
  ]);
}

/** What the flowchart dialogs read from the app (app/flowchart.ts). */
export interface ChartSource {
  current(): { figure: FigureId; chart: Flowchart } | null;
  of(figure: FigureId): Flowchart;
  jump(figure: FigureId, key: string): void;
}

/** The two ways in: the flowchart of the run on screen, and the title's Practice. */
export function flowchartOpeners(
  charts: ChartSource,
  practice: { from(figure: FigureId, key: string): void },
  canJump: () => boolean,
): { openFlowchart(): void; openPractice(): void } {
  return {
    openFlowchart() {
      const here = charts.current();
      if (!here) return;
      const { figure, chart } = here;
      const allowed = canJump();
      openFlowchart(chart, {
        onJump: allowed ? (key) => charts.jump(figure, key) : null,
        onPractice: allowed ? (key) => practice.from(figure, key) : null,
      });
    },
    openPractice() {
      openPracticePicker(
        FIGURES.map((f) => ({
          name: f.name,
          chart: charts.of(f.id),
          onPractice: (key) => practice.from(f.id, key),
        })),
      );
    },
  };
}
