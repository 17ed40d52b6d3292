/**
 * A search visitor for the design lints that need exploration: which choices
 * were ever offered (a conditional option never offered is a design fault), and
 * what each option did to the meters compared with the other options of the
 * same choice point (an option at least as good on every meter and better on one
 * makes the other a non-choice). An option's effect is the meter change from
 * the choice to the next choice point, judged by each meter's good direction
 * (src/core/meters.ts). Options that end the story are not compared, nor two
 * options that leave any other variable (a flag) different: the one worse on
 * meters buys something else.
 */
import { METERS, goodDirection } from '../../src/core/meters.ts';
import type { FigureId } from '../../src/core/figures.ts';
import type { StoryRunner } from '../../src/narrative/storyRunner.ts';
import type { StoryVars } from '../../src/core/storyVars.ts';
import type { RouteNode, SearchVisitor } from './search.ts';

interface ChoicePoint {
  /** `sourcePath` of each option offered, in order. */
  paths: string[];
  /** Meter values, each signed so that larger is better. */
  goodness: number[];
  /** Per option taken so far: the change in goodness it made, and every other variable after it. */
  effects: ({ goodness: number[]; rest: string } | undefined)[];
}

export interface ChoiceEffects {
  /** `sourcePath` of every option offered in an explored state. */
  offered: Set<string>;
  /** `sourcePath` of every option taken: the choice coverage of an unfinished check. */
  taken: Set<string>;
  /** "better\nworse" → in how many states the first option dominated the second, or -1 once it did not somewhere. */
  dominance: Map<string, number>;
}

/** `variables`: the variables after the step just taken (stepVariables.ts). */
export function choiceEffects(
  runner: StoryRunner,
  variables: () => StoryVars,
): SearchVisitor & { effects: ChoiceEffects } {
  const effects: ChoiceEffects = { offered: new Set(), taken: new Set(), dominance: new Map() };
  const points = new WeakMap<RouteNode, ChoicePoint>();
  const goodness = (vars: StoryVars): number[] => {
    const figure = (typeof vars.figure === 'string' ? vars.figure : '') as FigureId;
    return METERS.map((m) => {
      const v = vars[m.id];
      const dir = goodDirection(m, figure);
      return typeof v !== 'number' || dir === 'neither' ? 0 : dir === 'up' ? v : -v;
    });
  };
  const meterIds = new Set(METERS.map((m) => m.id));
  const rest = (vars: StoryVars): string => {
    return JSON.stringify(
      Object.keys(vars)
        .filter((k) => !meterIds.has(k))
        .map((k) => vars[k]),
    );
  };
  const compare = (a: string, b: string, ea: number[], eb: number[]): void => {
    const key = `${a}\n${b}`;
    const seen = effects.dominance.get(key) ?? 0;
    if (seen < 0) return;
    const atLeast = ea.every((x, i) => x >= eb[i]!);
    const better = ea.some((x, i) => x > eb[i]!);
    effects.dominance.set(key, !atLeast ? -1 : better ? seen + 1 : seen);
  };
  return {
    effects,
    beforeStep() {},
    afterStep({ step, thrown }, node) {
      const taken = node.parent && points.get(node.parent)?.paths[node.choice];
      if (taken) effects.taken.add(taken);
      if (thrown || step.choices.length === 0) return;
      const paths = runner.story.currentChoices.map((c) => c.sourcePath);
      for (const p of paths) effects.offered.add(p);
      const vars = variables();
      const now = goodness(vars);
      points.set(node, { paths, goodness: now, effects: [] });
      const parent = node.parent && points.get(node.parent);
      if (!parent) return;
      const mine = { goodness: now.map((x, i) => x - parent.goodness[i]!), rest: rest(vars) };
      parent.effects[node.choice] = mine;
      parent.effects.forEach((other, j) => {
        if (!other || j === node.choice || other.rest !== mine.rest) return;
        compare(parent.paths[node.choice]!, parent.paths[j]!, mine.goodness, other.goodness);
        compare(parent.paths[j]!, parent.paths[node.choice]!, other.goodness, mine.goodness);
      });
    },
    newState() {},
    stopped() {},
  };
}

/** Option pairs where the first dominated the second in every state both were compared in. */
export function dominatedPairs(effects: ChoiceEffects): { better: string; worse: string }[] {
  return [...effects.dominance]
    .filter(([, n]) => n > 0)
    .map(([key]) => {
      const [better, worse] = key.split('\n') as [string, string];
      return { better, worse };
    });
}
