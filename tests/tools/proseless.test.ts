/**
 * The exploration build (prose taken out, tools/ink/proseless.ts) explores the
 * same story: the same states, endings, routes, words and tags as exploring
 * the full story, on a fixture where text feeds logic (a string built from a
 * function's output gates a choice), tags and choice text.
 */
import { describe, expect, it } from 'vitest';
import { explore, type ExploreResult } from '../../tools/ink/explore.ts';
import { loadStory, makeRunner } from '../../tools/ink/loadStory.ts';
import { FIXTURES } from './cli.ts';

function run(file: string, build: 'full' | 'exploration'): ExploreResult {
  const { json } = loadStory(file);
  if (!json) throw new Error(`${file} does not compile`);
  const runner = makeRunner(json, false);
  return explore(runner, {
    seeds: [0],
    endings: 'tags',
    fullStory: build === 'exploration' ? makeRunner(json, false) : undefined,
  });
}

const summary = (r: ExploreResult): unknown => ({
  complete: r.complete,
  states: r.statesExplored,
  endings: [...r.endings],
  deadEnds: r.deadEnds,
  unknownTags: r.unknownTags,
  unvisited: r.unvisitedKnots,
});

describe('the exploration build', () => {
  it.each(['prose.ink', 'tunnels.ink', 'finals.ink'])('finds what the full story finds in %s', (name) => {
    const file = `${FIXTURES}/plain/${name}`;
    expect(summary(run(file, 'exploration'))).toEqual(summary(run(file, 'full')));
  });

  it('keeps the text that conditions are made of, and counts the words read', () => {
    const r = run(`${FIXTURES}/plain/prose.ink`, 'exploration');
    // Offered only when the function's text built "big thing".
    expect(r.endings.get('LONG')?.choiceTexts).toEqual(['Take the big one.']);
    // Both other options end at SHORT after one choice; saying nothing reads fewer words.
    expect(r.endings.get('SHORT')?.choiceTexts).toEqual(['Say nothing.']);
  });

  it('remembers an ending knot by what it reads: each ending, with the route that reads fewest words', () => {
    const r = run(`${FIXTURES}/plain/finals.ink`, 'exploration');
    expect(r.endings.get('LIGHT')?.choiceTexts).toEqual(['Brief.']);
    expect(r.endings.get('DARK')?.choiceTexts).toEqual(['Grim.']);
    expect(r.endings.get('COUNT6')?.choiceTexts).toEqual(['Counted.']);
    expect(r.endings.get('COUNT8')?.choiceTexts).toEqual(['Counted more.']);
  });
});
