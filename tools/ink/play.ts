/**
 * story:play — plays any ink story (source or compiled JSON) in the terminal
 * through the game's StoryRunner:
 *   npm run story:play -- [file.ink|file.json] [--choices 1,3,2] [--seed N] [--json]
 * Interactive (numbered choices on stdin) unless --choices is given; then it
 * stops where the list runs out, printing the choices left (exit 0). An invalid
 * choice number exits 2. --json prints one object per line:
 *   {"type":"text","text":…,"tags":[…]}  {"type":"choices","choices":[…]}
 *   {"type":"ending","id":…}  {"type":"end"}
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs, numberOption } from './args.ts';
import { DEFAULT_STORY, loadStory, makeRunner } from './loadStory.ts';
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';

type Out =
  | { type: 'text'; text: string; tags: string[] }
  | { type: 'choices'; choices: string[] }
  | { type: 'ending'; id: string }
  | { type: 'end' };

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

  let step = runner.start(seed);
  if (list) {
    for (const n of list) {
      if (!show(step)) {
        console.error(`story:play: the story ended before choice ${n}`);
        return 2;
      }
      if (!Number.isInteger(n) || n < 1 || n > step.choices.length) {
        console.error(`story:play: choice ${n} does not exist (choose 1–${step.choices.length})`);
        return 2;
      }
      step = runner.choose(n - 1);
    }
    show(step);
    return 0;
  }
  return interactive(runner, step, show);
}

async function interactive(
  runner: StoryRunner,
  first: StoryStep,
  show: (s: StoryStep) => boolean,
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
      step = runner.choose(n - 1);
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
