/**
 * The game's own story: a StoryRunner with the EXTERNALs that hand decisions to
 * the TypeScript state layer (src/core). Tools use this too, so story:check
 * explores exactly what the game plays.
 */
import { pickEnding } from '../core/endings';
import { str, type StoryVars } from '../core/storyVars';
import { StoryRunner } from './storyRunner';

/** Called at every checkpoint the story passes, with the variables there. */
export type CheckpointListener = (at: string, vars: StoryVars) => void;

export function createGameRunner(
  compiledJson: string | object,
  onCheckpoint?: CheckpointListener,
): StoryRunner {
  // The external reads the runner's own variables: it runs only after construction.
  const runner: StoryRunner = new StoryRunner(compiledJson, {
    externals: {
      pick_ending: (at) => {
        const vars = runner.variables();
        onCheckpoint?.(String(at), vars);
        return pickEnding(str(vars, 'figure'), String(at), vars);
      },
    },
  });
  return runner;
}
