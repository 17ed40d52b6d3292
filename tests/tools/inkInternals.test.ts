/**
 * The tools reach into inkjs internals (tools/ink/inkInternals.ts). This pins
 * the inkjs version they were read from and checks, on a live story, that
 * every private field and hook the explorer relies on is still there: an
 * inkjs upgrade fails here, by name, instead of as a wrong story:check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/narrative/storyRunner.ts';
import { compileInkFile } from '../../tools/ink/compile.ts';
import {
  INKJS_VERSION,
  isRanOutOfContent,
  stateInternals,
  storyInternals,
  variablesInternals,
} from '../../tools/ink/inkInternals.ts';
import { FIXTURES } from './cli.ts';

function runner(file: string): StoryRunner {
  const json = compileInkFile(`${FIXTURES}/${file}`).json;
  if (!json) throw new Error(`${file} does not compile`);
  return new StoryRunner(json);
}

describe('inkjs internals the tools use', () => {
  it('were written against the installed inkjs version', () => {
    const installed = (
      JSON.parse(readFileSync('node_modules/inkjs/package.json', 'utf8')) as { version: string }
    ).version;
    expect(installed, 'read tools/ink/inkInternals.ts against the new inkjs, then bump INKJS_VERSION').toBe(
      INKJS_VERSION,
    );
  });

  it('are present on a live story', () => {
    const r = runner('plain/lists.ink');
    r.start(0);
    const story = storyInternals(r.story);
    expect(story._state).toBe(r.story.state);
    expect(typeof story.PerformLogicAndFlowControl).toBe('function');
    expect(typeof story.VisitChangedContainersDueToDivert).toBe('function');
    const state = stateInternals(r.story.state);
    expect(state._visitCounts).toBeInstanceOf(Map);
    expect(state._turnIndices).toBeInstanceOf(Map);
    expect(Array.isArray(state._evaluationStack)).toBe(true);
    expect(state._patch).toBeNull();
    const vars = variablesInternals(r.story.state.variablesState);
    expect(vars._globalVariables.size).toBeGreaterThan(0);
    expect(vars._defaultGlobalVariables).toBeInstanceOf(Map);
    expect(Array.isArray(vars.variableChangedEventCallbacks)).toBe(true);
  });

  it('tell running out of content from other errors', () => {
    const r = runner('broken/dead-end.ink');
    r.start(0);
    const errors = r.choose(1).errors;
    expect(errors.some(isRanOutOfContent)).toBe(true);
    expect(isRanOutOfContent('Divert target not found')).toBe(false);
  });
});
