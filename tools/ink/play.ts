/**
 * story:play — plays any ink story (source or compiled JSON) in the terminal
 * through the game's StoryRunner:
 *   npm run story:play -- [file.ink|file.json] [--choices 1,3,2] [--seed N] [--json] [--vars]
 * Interactive (numbered choices on stdin) unless --choices is given; then it
 * stops where the list runs out, printing the choices left (exit 0). An invalid
 * choice number exits 2. --json prints one object per line:
 *   {"type":"text","text":…,"tags":[…]}  {"type":"choices","choices":[…]}
 *   {"type":"ending","id":…}  {"type":"end"}
 * --vars prints the meters after each choice (moved ones as "a → b"); in JSON
 *   {"type":"meters","afterChoice":n,"meters":{…}}.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs, numberOption } from './args.ts';
import { DEFAULT_STORY, loadStory, makeRunner } from './loadStory.ts';
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import { METERS } from '../../src/core/meters.ts';

type Out =
  | { type: 'text'; text: string; tags: string[] }
  | { type: 'choices'; choices: string[] }
  | { type: 'ending'; id: string }
  | { type: 'meters'; afterChoice: number; meters: Record<string, number> }
  | { type: 'end' };

/** The story's meters (those of src/core/meters.ts it declares), as numbers. */
function metersOf(runner: StoryRunner): Record<string, number> {
  const vars = runner.variables();
  const out: Record<string, number> = {};
  for (const m of METERS) {
    const v = vars[m.id];
    if (typeof v === 'number') out[m.id] = v;
  }
  return out;
}

/** "supply 50 → 55, nkvd 20": every meter, with the ones the last choice moved shown moving. */
function describeMeters(now: Record<string, number>, before: Record<string, number>): string {
  return Object.entries(now)
    .map(([id, v]) =>
      before[id] !== undefined && before[id] !== v ? `${id} ${before[id]} → ${v}` : `${id} ${v}`,
    )
    .join(', ');
}

/** inkjs gives raw tags per Continue(); the runner parses them. Keep the raw ones for --json. */
function recordRawLines(runner: StoryRunner): () => { text: string; tags: string[] }[] {
  const story = runner.story;
  const cont = story.Continue.bind(story);
  let lines: { text: string; tags: string[] }[] = [];
  story.Continue = () => {
    const text = cont() ?? '';
    const tags = [...(story.currentTags ?? [])].map((t) => t.trim());
    if (text.trim() || tags.length) lines.push({ text: text.trim(), tags });
    return text;
  };
  return () => {
    const out = lines;
    lines = [];
    return out;
  };
}

function main(): Promise<number> | number {
  const args = parseArgs(process.argv.slice(2), ['choices', 'seed']);
  const json = args.flags.has('json');
  const showVars = args.flags.has('vars');
  const seed = numberOption(args, 'seed', 0);
  const list = args.values.has('choices')
    ? (args.values.get('choices') ?? '')
        .split(',')
        .filter((s) => s.trim() !== '')
        .map((s) => Number(s.trim()))
    : null;
  const loaded = loadStory(args.file ?? DEFAULT_STORY);
  if (!loaded.json) {
    for (const e of loaded.compiled?.errors ?? []) console.error(`${e.file}:${e.line}: ${e.message}`);
    return 1;
  }
  const runner = makeRunner(loaded.json, loaded.isGameStory);
  const take = recordRawLines(runner);
  const emit = (o: Out): void => {
    if (json) return void console.log(JSON.stringify(o));
    if (o.type === 'text') console.log(o.tags.length ? `${o.text}   # ${o.tags.join(' # ')}` : o.text);
    else if (o.type === 'choices') o.choices.forEach((c, i) => console.log(`  ${i + 1}. ${c}`));
    else if (o.type === 'ending') console.log(`[ending: ${o.id}]`);
    else if (o.type === 'meters')
      console.log(`[meters after choice ${o.afterChoice}: ${describeMeters(o.meters, lastMeters)}]`);
    else console.log('[the end]');
  };
  /** Prints a step; true when the story goes on. */
  const show = (step: StoryStep): boolean => {
    for (const l of take()) emit({ type: 'text', ...l });
    for (const e of step.errors) console.error(`ink: ${e}`);
    if (step.ending) emit({ type: 'ending', id: step.ending });
    if (step.choices.length === 0) {
      emit({ type: 'end' });
      return false;
    }
    emit({ type: 'choices', choices: step.choices.map((c) => c.text) });
    return true;
  };

  let lastMeters: Record<string, number> = {};
  let chosen = 0;
  /** After a choice, with --vars: the meters it left, so a writer sees what an option did. */
  const choose = (i: number): StoryStep => {
    lastMeters = metersOf(runner);
    const next = runner.choose(i);
    chosen++;
    if (showVars) emit({ type: 'meters', afterChoice: chosen, meters: metersOf(runner) });
    return next;
  };

  let step = runner.start(seed);
  if (list) {
    for (const [at, n] of list.entries()) {
      if (!show(step)) {
        console.error(
          `story:play: the story ended after ${at} choice${at === 1 ? '' : 's'}: ` +
            `choice ${at + 1} of --choices (${n}) no longer exists`,
        );
        return 2;
      }
      if (!Number.isInteger(n) || n < 1 || n > step.choices.length) {
        console.error(`story:play: choice ${n} does not exist (choose 1–${step.choices.length})`);
        return 2;
      }
      step = choose(n - 1);
    }
    show(step);
    return 0;
  }
  return interactive(step, show, choose);
}

async function interactive(
  first: StoryStep,
  show: (s: StoryStep) => boolean,
  choose: (i: number) => StoryStep,
): Promise<number> {
  // Lines are read through the async iterator so piped input is never dropped.
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let step = first;
  let goesOn = show(step);
  try {
    while (goesOn) {
      process.stdout.write('> ');
      const next = await lines.next();
      if (next.done) return 0; // stdin closed: stop where we are
      const n = Number(String(next.value).trim());
      if (!Number.isInteger(n) || n < 1 || n > step.choices.length) {
        console.error(`choose 1–${step.choices.length}`);
        continue;
      }
      step = choose(n - 1);
      goesOn = show(step);
    }
    return 0;
  } finally {
    rl.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`story:play: ${(e as Error).message}`);
  process.exitCode = 2;
}
