/**
 * Plays a scripted route through the game's own runner, from the story's root
 * (choice 1/2/3 picks the figure), and returns where it ended: as choice
 * numbers (playRoute, as story:routes prints them) or as an option per
 * chapter (playChapters), so that a scene added to a campaign breaks only the
 * routes that pass through it.
 */
import type { StoryVars } from '../../src/core/storyVars';
import { FIGURES, type FigureId } from '../../src/core/figures';
import { createGameRunner } from '../../src/narrative/gameStory';
import { realStory } from './story';

export interface RouteResult {
  ending: string | null;
  /** Variables at the end (meters and flags). */
  vars: StoryVars;
  /** Choice texts taken, for readable failures. */
  taken: string[];
}

/** `route` holds 1-based choice numbers, as story:routes prints them. Throws if a choice does not exist. */
export function playRoute(route: readonly number[]): RouteResult {
  const runner = createGameRunner(realStory().json);
  let step = runner.start(0);
  let ending = step.ending;
  const taken: string[] = [];
  for (const [i, n] of route.entries()) {
    if (step.ended) throw new Error(`the story ended after ${i} choices, but the route has ${route.length}`);
    const choice = step.choices[n - 1];
    if (!choice)
      throw new Error(
        `choice ${n} does not exist at step ${i + 1} (offered: ${step.choices.map((c) => c.text).join(' | ')})`,
      );
    taken.push(choice.text);
    step = runner.choose(n - 1);
    ending = step.ending ?? ending;
  }
  if (!step.ended)
    throw new Error(
      `the route stops before the end; choices left: ${step.choices.map((c) => c.text).join(' | ')}`,
    );
  return { ending, vars: runner.variables(), taken };
}

/**
 * Options per chapter id, by their place among those offered at that point: A
 * is the first offered. A chapter with two decisions (SH-10) names one letter
 * for each, in order: 'BA'.
 */
export type ChapterOptions = Readonly<Record<string, string>>;

/** The option a decision takes when its chapter is not named (or names fewer letters). */
export const DEFAULT_OPTION = 'A';

export interface ChapterRouteResult extends RouteResult {
  /** The route as choice numbers (the figure first), for story:play. */
  choices: number[];
  /** Every chapter heading shown, in order, decision or not. */
  chapters: string[];
  /** Every line of text shown, ending included. */
  text: string[];
}

/**
 * Plays `figure`'s campaign taking, at each decision, the option the route
 * names for the chapter it is in (the last `# chapter:` tag shown), or
 * DEFAULT_OPTION. Throws when a named option is not offered, or when a chapter
 * the route names was never reached (the route is out of date).
 */
export function playChapters(figure: FigureId, options: ChapterOptions): ChapterRouteResult {
  const root = FIGURES.findIndex((f) => f.id === figure);
  const runner = createGameRunner(realStory().json);
  runner.start(0);
  let step = runner.choose(root);
  let ending = step.ending;
  let chapter = '';
  const choices = [root + 1];
  const taken: string[] = [];
  const chapters: string[] = [];
  const text: string[] = [];
  const read = (): void => {
    for (const l of step.lines) {
      for (const t of l.tags)
        if (t.kind === 'chapter') {
          chapter = t.id;
          chapters.push(t.id);
        }
      if (l.text) text.push(l.text);
    }
  };
  const decisions = new Map<string, number>();
  read();
  while (!step.ended) {
    const k = decisions.get(chapter) ?? 0;
    decisions.set(chapter, k + 1);
    const option = options[chapter]?.[k] ?? DEFAULT_OPTION;
    const n = option.charCodeAt(0) - 'A'.charCodeAt(0);
    const choice = step.choices[n];
    if (!choice)
      throw new Error(
        `${chapter}: option ${option} is not offered (offered: ${step.choices.map((c) => c.text).join(' | ')})`,
      );
    taken.push(`${chapter} ${option}: ${choice.text}`);
    choices.push(n + 1);
    step = runner.choose(n);
    ending = step.ending ?? ending;
    read();
  }
  const unreached = Object.keys(options).filter((c) => !decisions.has(c));
  if (unreached.length) throw new Error(`the route names chapters it never reached: ${unreached.join(', ')}`);
  return { ending, vars: runner.variables(), taken, choices, chapters, text };
}
