/**
 * Speedrun mode's composition, called once from main.ts after the screens are
 * mounted (a page's IGT then starts once it is on screen): the session over
 * the controller, its store and settings, the LiveSplit bridge over the
 * browser's WebSocket, and the panel, keys and browser hooks.
 */
import type { AppController } from '../../app/controller';
import { LiveSplitBridge } from '../../app/speedrun/liveSplitBridge';
import type { SeededRng } from '../../app/speedrun/seededRng';
import { SpeedrunSession } from '../../app/speedrun/session';
import type { KeyValueStorage } from '../../core/ports';
import { SettingsStore } from '../../persistence/settingsStore';
import { DEFAULT_SPEEDRUN_SETTINGS, speedrunSettingsChecks } from '../../persistence/speedrunSettings';
import { SpeedrunStore } from '../../persistence/speedrunStore';
import { AUTOSAVE_SLOT } from '../../persistence/slotKeys';
import type { CampaignHashes } from '../../core/speedrun/storyVersion';
import { figureById } from '../../core/figures';
import { afterPaintInBackground, browserClock } from '../browserPorts';
import { confirmDialog } from '../dialog';
import { browserSockets } from './browserSocket';
import { openCategorySelect } from './categorySelect';
import { bindPageVisibility, bindSpeedrunKeys } from './keys';
import { mountSpeedrunPanel } from './panel';
import { markSeenText } from './seenText';

export interface SpeedrunWiring {
  storage: KeyValueStorage;
  /** The controller's randomness port: a run fixes its seed there. */
  rng: SeededRng;
  /** Each campaign's story version (the build's `virtual:story-versions`). */
  campaignHashes: CampaignHashes;
  /** The flowchart's Practice picker. */
  openPractice: () => void;
}

export function mountSpeedrun(
  app: AppController,
  { storage, rng, campaignHashes, openPractice }: SpeedrunWiring,
): { run: SpeedrunSession; openCategories: () => void } {
  const run = new SpeedrunSession(app, {
    clock: browserClock,
    store: new SpeedrunStore(storage),
    rng,
    campaignHashes,
    afterPaint: afterPaintInBackground,
  });
  const settings = new SettingsStore(storage).section(
    'speedrun',
    speedrunSettingsChecks,
    DEFAULT_SPEEDRUN_SETTINGS,
  );
  const bridge = new LiveSplitBridge(browserSockets);
  markSeenText(app, run);
  mountSpeedrunPanel(run, bridge, () => settings.get().liveSplit);
  bindSpeedrunKeys(run);
  bindPageVisibility(run);
  bridge.follow(run);
  bridge.setEnabled(settings.get().liveSplit);
  return {
    run,
    openCategories: () =>
      openCategorySelect({
        onStart: (category, options) =>
          // A run starts a new game, which replaces the autosave: a game in progress is asked about first.
          void app.slots().then((slots) => {
            const auto = slots.find((s) => s.slot === AUTOSAVE_SLOT);
            if (run.active || auto?.kind !== 'saved') return run.start(category, options);
            confirmDialog(
              'Start a speedrun',
              `Start ${category.name}? Your game in progress (${figureById(auto.figure)?.name ?? auto.figure}, ${auto.chapterTitle}) will be replaced: save it to a slot first to keep it.`,
              'Start the run',
              () => run.start(category, options),
            );
          }),
        liveSplit: () => settings.get().liveSplit,
        setLiveSplit: (on) => {
          settings.set({ liveSplit: on });
          bridge.setEnabled(on);
        },
        liveSplitStatus: () => bridge.statusText(),
        onPractice: openPractice,
      }),
  };
}
