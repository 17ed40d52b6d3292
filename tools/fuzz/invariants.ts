/**
 * What must hold at every step of a fuzzed playthrough, read from the app's
 * own events (what every screen sees): no story error, no dead end, meters in
 * range, an ending from the catalogue and of the figure played, and nothing the
 * player would be warned about (in-memory storage never fails, the story never
 * changes under the run). And save → load must give the same screen.
 */
import type { AppController } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import { endingById } from '../../src/core/endings';
import type { FigureId } from '../../src/core/figures';
import { metersOutOfRange } from '../../src/core/meters';

/** The problems one event shows; none for a healthy step. */
export function eventProblems(event: AppEvent, figure: FigureId): string[] {
  switch (event.type) {
    case 'storyError':
      return [`story error: ${event.messages.join(' | ')}`];
    case 'storyWarning':
      return [`story warning: ${event.messages.join(' | ')}`];
    case 'saveFailed':
      return [`save failed: ${event.message}`];
    case 'notice':
      return event.level === 'info' ? [] : [`${event.level} notice: ${event.message}`];
    case 'page':
      return [
        // The story never changes under a fuzz run: its saves restore exactly, never by replay.
        ...(event.reason === 'replay' ? ['a save of this very story was replayed instead of restored'] : []),
        ...(event.page.choices.length === 0
          ? [`dead end in ${event.page.chapter}: no choices, no ending`]
          : []),
        ...metersOutOfRange(event.vars).map((m) => `meter out of range in ${event.page.chapter}: ${m}`),
      ];
    case 'ending': {
      const ending = endingById(event.id);
      return [
        ...(!ending ? [`ending ${event.id} is not in the catalogue`] : []),
        ...(ending && ending.figure !== figure ? [`ending ${event.id} belongs to ${ending.figure}`] : []),
        ...metersOutOfRange(event.vars).map((m) => `meter out of range at ${event.id}: ${m}`),
      ];
    }
    default:
      return [];
  }
}

/** What the player sees of a place in the story: the page's lines, its choices, and the variables behind them. */
export interface Screen {
  lines: unknown[];
  choices: string[];
  vars: Record<string, unknown>;
}

export function screenOf(app: AppController): Screen | null {
  const state = app.state;
  if (state.kind === 'title') return null;
  const { page } = state.session;
  return { lines: page.lines, choices: page.choices, vars: { ...state.session.variables() } };
}

/** How two screens differ, in a line; null when they are the same. */
export function screenDifference(before: Screen | null, after: Screen | null): string | null {
  if (!before || !after)
    return `${before ? 'a screen' : 'the title'} became ${after ? 'a screen' : 'the title'}`;
  if (JSON.stringify(before.lines) !== JSON.stringify(after.lines))
    return `the page's lines differ (${before.lines.length} before, ${after.lines.length} after)`;
  if (JSON.stringify(before.choices) !== JSON.stringify(after.choices))
    return `the choices differ: ${JSON.stringify(before.choices)} then ${JSON.stringify(after.choices)}`;
  const changed = Object.keys({ ...before.vars, ...after.vars }).filter(
    (k) => JSON.stringify(before.vars[k]) !== JSON.stringify(after.vars[k]),
  );
  return changed.length ? `variables differ: ${changed.join(', ')}` : null;
}
