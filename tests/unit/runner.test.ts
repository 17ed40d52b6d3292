/** The story runner on small inline stories: tags, choices, seeds, externals, state. */
import { describe, expect, it } from 'vitest';
import { Compiler } from 'inkjs/compiler/Compiler';
import { StoryRunner } from '../../src/narrative/storyRunner';
import { GameSession } from '../../src/narrative/session';
import { realStory } from '../helpers/story';
import { lastChoiceDeltas, settlingDeltas } from '../../src/core/run';
import { num } from '../../src/core/storyVars';

const compile = (src: string): string => new Compiler(src).Compile().ToJson()!;

const SMALL = compile(`
EXTERNAL verdict(x)
VAR n = 0
Hello. # date: 13 June 1938
# mood: grim
{verdict(n)}
* [Left]
  ~ n = 1
  You went left. # ending: LEFT
  -> END
* [Right]
  ~ n = 2
  {RANDOM(1, 1000)}
  -> END
=== function verdict(x)
~ return "ink:" + x
`);

describe('StoryRunner', () => {
  it('turns tags into typed events and reports unknown ones instead of dropping them', () => {
    const r = new StoryRunner(SMALL);
    const step = r.start(1);
    const tags = step.lines.flatMap((l) => l.tags);
    expect(tags).toContainEqual({ kind: 'date', value: '13 June 1938' });
    expect(tags.find((t) => t.kind === 'unknown')).toMatchObject({ raw: 'mood: grim' });
    expect(step.choices.map((c) => c.text)).toEqual(['Left', 'Right']);
  });

  it('uses the ink fallback for an unbound EXTERNAL, and the binding when given', () => {
    expect(new StoryRunner(SMALL).start(1).lines.map((l) => l.text)).toContain('ink:0');
    const bound = new StoryRunner(SMALL, { externals: { verdict: (x) => `ts:${x}` } });
    expect(bound.start(1).lines.map((l) => l.text)).toContain('ts:0');
  });

  it('reports the ending tag and the end of the story', () => {
    const r = new StoryRunner(SMALL);
    r.start(1);
    const end = r.choose(0);
    expect(end.ending).toBe('LEFT');
    expect(end.ended).toBe(true);
    expect(r.variables().n).toBe(1);
    expect(() => r.choose(0)).toThrow(/does not exist/);
  });

  it('makes RANDOM depend on the recorded seed, with far more than 100 seeds', () => {
    const roll = (seed: number): string => {
      const r = new StoryRunner(SMALL);
      r.start(seed);
      return r.choose(1).lines[0]!.text;
    };
    expect(roll(123456)).toBe(roll(123456));
    // inkjs's own default seed has 100 values; seeds 100 apart must still differ.
    expect(roll(1)).not.toBe(roll(101));
    const distinct = new Set([1, 2, 3, 101, 4567, 123456, 987654].map(roll));
    expect(distinct.size).toBeGreaterThan(4);
    const r = new StoryRunner(SMALL);
    r.start(123456);
    expect(r.seed).toBe(123456);
  });

  it('saves and restores the exact state', () => {
    const a = new StoryRunner(SMALL);
    a.start(5);
    const saved = a.saveState();
    const b = new StoryRunner(SMALL);
    b.loadState(saved);
    expect(b.choices).toEqual(a.choices);
    expect(b.seed).toBe(5);
  });
});

describe('GameSession on the real story', () => {
  it('records meters after every choice and replays a run to the same place', () => {
    const { json } = realStory();
    const s = GameSession.start({ json, hash: 'h' }, 'shtern', 99, new Date(0));
    expect(s.page.choices.length).toBeGreaterThan(0);
    for (let i = 0; i < 3 && s.page.choices.length > 0; i++) s.choose(0);
    expect(s.run.choices.length).toBeGreaterThan(0);
    expect(Object.keys(s.run.choices[0]!.meters)).toContain('nkvd');
    const { session: again, stoppedAt } = GameSession.replay({ json, hash: 'h' }, s.run);
    expect(stoppedAt).toBeNull();
    expect(again.page.lines).toEqual(s.page.lines);
    expect(again.page.choices).toEqual(s.page.choices);
    expect(again.variables()).toEqual(s.variables());
  });

  it('credits SH-3 "Back the Moscow line" with its own +10, though the next scene opening takes 10 away', () => {
    const { json } = realStory();
    const s = GameSession.start({ json, hash: 'h' }, 'shtern', 1, new Date(0));
    for (const text of ['Keep to staff work', 'Change as little as possible', 'Back the Moscow line']) {
      const i = s.page.choices.findIndex((c) => c.startsWith(text));
      expect(i, `"${text}" offered`).toBeGreaterThanOrEqual(0);
      s.choose(i);
    }
    expect(lastChoiceDeltas(s.run).stalin).toBe(10);
    const last = s.run.choices.at(-1)!;
    expect(settlingDeltas(s.run, s.run.choices.length - 1).stalin).toBe(-10);
    expect(num(s.variables(), 'stalin')).toBe(last.settled!.stalin);
  });

  it('stops a replay at the last valid point when a choice no longer exists', () => {
    const { json } = realStory();
    const s = GameSession.start({ json, hash: 'h' }, 'shtern', 99, new Date(0));
    s.choose(0);
    const edited = {
      ...s.run,
      choices: [...s.run.choices, { ...s.run.choices[0]!, text: 'A choice the writer deleted' }],
    };
    const { stoppedAt } = GameSession.replay({ json, hash: 'h' }, edited);
    expect(stoppedAt).toBe(1);
  });
});
