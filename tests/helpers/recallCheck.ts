/**
 * The recalled-choice check (design §8), over a story model read from the ink
 * sources (recallModel.ts) and runs played through the game's own runner.
 *
 * A passage of an ending guarded by a flag recalls the choice that sets the
 * flag. When an ending shows such a passage, the run's own history (the options
 * it took, by chapter and text) must agree: an option that sets the flag was
 * taken, and no option taken after it set the flag to something else. The
 * flag's value is never consulted: the page and the choice history are
 * compared with what the sources say each option does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIGURES } from '../../src/core/figures';
import { createGameRunner } from '../../src/narrative/gameStory';
import type { StoryStep } from '../../src/narrative/storyRunner';
import { lcg } from './story';
import type { Assignment, Option, StoryModel, Term } from './recallModel';

export interface TakenOption {
  chapter: string;
  text: string;
}

export interface PlayedRun {
  label: string;
  taken: TakenOption[];
  ending: string | null;
  /** The ending's text as shown, from its first line. */
  endingText: string;
}

/** Every .ink file under `dir`, keyed by its path relative to `root`. */
export function readInkSources(dir: string, root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ink')) out.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const runners = new Map<string, ReturnType<typeof createGameRunner>>();

/** One runner per compiled story: start() resets it, and building one is the slow part of a run. */
function runnerFor(json: string): ReturnType<typeof createGameRunner> {
  let runner = runners.get(json);
  if (!runner) runners.set(json, (runner = createGameRunner(json)));
  return runner;
}

/** Plays from the story's root with a chooser, recording the options taken and the ending's text. */
export function playRun(
  json: string,
  label: string,
  choose: (step: StoryStep, index: number) => number,
  start?: { seed: number; knot: string },
): PlayedRun {
  const runner = runnerFor(json);
  let step = start ? runner.start(start.seed, start.knot) : runner.start(0);
  let chapter = '';
  let ending: string | null = null;
  const taken: TakenOption[] = [];
  const endingLines: string[] = [];
  const read = (): void => {
    for (const l of step.lines) {
      for (const t of l.tags) {
        if (t.kind === 'chapter') chapter = t.id;
        if (t.kind === 'ending') ending = t.id;
      }
      if (ending && l.text) endingLines.push(l.text);
    }
  };
  read();
  for (let i = 0; !step.ended; i++) {
    if (i > 300) throw new Error(`${label}: no end after 300 choices`);
    const n = choose(step, i);
    const choice = step.choices[n];
    if (!choice) throw new Error(`${label}: choice ${n + 1} is not offered at step ${i + 1}`);
    taken.push({ chapter, text: norm(choice.text) });
    step = runner.choose(n);
    read();
  }
  return { label, taken, ending, endingText: norm(endingLines.join(' ')) };
}

/** `count` seeded random runs of each campaign. */
export function randomRuns(json: string, count: number): PlayedRun[] {
  const runs: PlayedRun[] = [];
  for (const figure of FIGURES)
    for (let r = 0; r < count; r++) {
      const pick = lcg(r * 6151 + 29);
      runs.push(
        playRun(json, `${figure.id} random run ${r}`, (step) => pick(step.choices.length), {
          seed: r,
          knot: figure.startKnot,
        }),
      );
    }
  return runs;
}

/**
 * What an ending may read without recalling a choice: the world's state (the
 * timeline, a battle's outcome), with why. Keyed `variable` for every campaign,
 * or `figure/variable` and `figure/variable=value` for one (the folder its endings are in).
 */
export type WorldVariables = ReadonlyMap<string, string>;

function isWorld(world: WorldVariables, t: Term, passageFile: string): boolean {
  const figure = passageFile.split('/').at(-2) ?? '';
  return (
    world.has(t.variable) ||
    world.has(`${figure}/${t.variable}`) ||
    world.has(`${figure}/${t.variable}=${t.value}`)
  );
}

function valueMatches(a: Assignment, t: Term): boolean {
  return a.value === t.value;
}

/** A campaign's endings read its own sources (and the shared ones), not another figure's. */
function sameCampaign(a: Assignment, passageFile: string): boolean {
  const folder = passageFile.split('/').slice(0, -1).join('/');
  return a.file.startsWith(`${folder}/`) || a.file.startsWith('story/common/');
}

function sameOption(o: Option, t: TakenOption): boolean {
  return norm(o.text) === t.text && (o.chapter === null || o.chapter === t.chapter);
}

/** Static half: every flag that guards an ending passage is set by choices, never by a scene. */
export function sceneSetGuards(model: StoryModel, world: WorldVariables): string[] {
  const problems = new Set<string>();
  for (const p of model.passages)
    for (const t of p.terms) {
      if (isWorld(world, t, p.file)) continue;
      const sets = model.assignments.filter(
        (a) => a.variable === t.variable && valueMatches(a, t) && sameCampaign(a, p.file),
      );
      if (!sets.length)
        problems.add(
          `${p.file}:${p.line} (${p.ending}) reads ${t.variable} = ${t.value}, which nothing sets`,
        );
      for (const a of sets)
        if (!a.options.length)
          problems.add(
            `${p.file}:${p.line} (${p.ending}) recalls ${t.variable} = ${t.value}, which the scene at ${a.file}:${a.line} sets, not a choice`,
          );
    }
  return [...problems];
}

/**
 * Dynamic half: the passages an ending showed agree with the options the run
 * took. `checked` counts the recalls compared, so a caller can prove the check
 * was not empty.
 */
export function recallViolations(
  model: StoryModel,
  run: PlayedRun,
  world: WorldVariables,
  checked = { recalls: 0 },
): string[] {
  const problems: string[] = [];
  for (const p of model.passages) {
    if (p.ending !== run.ending || !run.endingText.includes(norm(p.fragment))) continue;
    for (const t of p.terms) {
      if (isWorld(world, t, p.file)) continue;
      checked.recalls++;
      const about = model.assignments.filter((a) => a.variable === t.variable && sameCampaign(a, p.file));
      const setters = about.filter((a) => valueMatches(a, t)).flatMap((a) => a.options);
      // An option that sets the flag only on a condition does not prove it unset when the passage says so.
      const sureSetters = about.filter((a) => valueMatches(a, t) && !a.conditional).flatMap((a) => a.options);
      const resetters = about.filter((a) => !valueMatches(a, t)).flatMap((a) => a.options);
      let lastSet = -1;
      run.taken.forEach((taken, i) => {
        if ((t.holds ? setters : sureSetters).some((o) => sameOption(o, taken))) lastSet = i;
      });
      const resetAfter =
        lastSet >= 0 &&
        run.taken.some(
          (taken, i) =>
            i > lastSet &&
            resetters.some((o) => sameOption(o, taken)) &&
            !setters.some((o) => sameOption(o, taken)),
        );
      const chosen = lastSet >= 0 && !resetAfter;
      if (chosen !== t.holds) {
        const setBy =
          [...new Set(setters.map((o) => `${o.chapter ?? '?'} "${o.text}"`))].join(' or ') || 'no option';
        problems.push(
          `${run.label} → ${run.ending}: "${p.fragment.slice(0, 60)}…" (${p.file}:${p.line}) needs ` +
            `${t.holds ? '' : 'not '}${t.variable} = ${t.value}, set by ${setBy}; the run ` +
            (lastSet < 0
              ? 'never took it'
              : resetAfter
                ? `took ${run.taken[lastSet]!.chapter} and later undid it`
                : `took ${run.taken[lastSet]!.chapter} "${run.taken[lastSet]!.text}"`),
        );
      }
    }
  }
  return problems;
}
