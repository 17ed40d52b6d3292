/**
 * Wiring of the features the title does not need, loaded by main.ts once the
 * title is quiet, or when one of them is asked for: speedrun mode (its timer, splits, LiveSplit bridge
 * and their stores), the flowchart with Practice, and the lookahead. Their
 * stores validate with zod, which the title must not wait for. Every page comes
 * through a campaign's story, and main.ts makes a run's first page wait for this
 * module (AppPorts.beforeRun), so these subscribers are in place before the
 * first page of any run.
 */
import { campaignHashes } from 'virtual:story-versions';
import type { AppController } from './app/controller';
import { FlowchartService } from './app/flowchart';
import { Practice } from './app/practice';
import type { SeededRng } from './app/speedrun/seededRng';
import type { KeyValueStorage } from './core/ports';
import { DecisionStore } from './persistence/decisionStore';
import { lookaheadOnEvents } from './app/lookahead';
import { afterPaintInBackground, browserClock, inBackground } from './ui/browserPorts';
import { flowchartOpeners } from './ui/flowchartView';
import { mountPracticePanel } from './ui/practicePanel';
import { mountSpeedrun } from './ui/speedrun/mountSpeedrun';

export interface AfterTitleWiring {
  storage: KeyValueStorage;
  rng: SeededRng;
}

export interface AfterTitleFeatures {
  speedrunActive(): boolean;
  openSpeedrun(): void;
  openFlowchart(): void;
  openPractice(): void;
}

export function mountAfterTitle(app: AppController, { storage, rng }: AfterTitleWiring): AfterTitleFeatures {
  const flow = new FlowchartService(app, new DecisionStore(storage), (figure) => campaignHashes[figure]);
  const practice = new Practice(app, flow, browserClock);
  const { openFlowchart, openPractice } = flowchartOpeners(flow, practice, () => app.canJump());
  mountPracticePanel(document.body, practice);
  // After the screens: a page's IGT starts once it is on screen.
  const speedrun = mountSpeedrun(app, { storage, rng, campaignHashes, openPractice });
  flow.record(afterPaintInBackground);
  // While the player reads, each option's step is worked out, so a choice shows its text at once.
  lookaheadOnEvents(app, afterPaintInBackground, inBackground);
  return {
    speedrunActive: () => speedrun.run.active,
    openSpeedrun: () => speedrun.openCategories(),
    openFlowchart,
    openPractice,
  };
}
