/**
 * Composition root: builds the adapters, hands them to the app controller as
 * ports, and subscribes the renderer, autosave and the collection to its
 * events. No game rules live here — only who talks to whom.
 *
 * What this file imports is all the title screen loads. The campaigns' stories
 * and the story engine, the saves and their schema, the map and the sound
 * come in later, each by a dynamic import, when they are needed or prefetched.
 */
import './ui/styles.css';
import { autosaveOnEvents } from './app/autosave';
import { collectOnEvents } from './app/collection';
import { AppController } from './app/controller';
import { lazy, type Lazy } from './app/lazy';
import { loadCampaignStory } from './narrative/campaignStories';
import { peekAutosave } from './persistence/autosavePeek';
import { soundAfterFirstText } from './audio/soundAfterFirstText';
import { mapAfterFirstText } from './render/mapAfterFirstText';
import { PresentationSettingsStore } from './core/presentationSettings';
import { openBrowserStorage } from './persistence/browserStorage';
import { Profile } from './persistence/collection';
import { DEFAULT_DISPLAY } from './core/displaySettings';
import { displaySettingsSchema } from './persistence/displaySettingsSchema';
import { SettingsStore } from './persistence/settingsStore';
import { applyDisplaySettings } from './ui/applyDisplaySettings';
import { displaySettingsPanel } from './ui/displaySettingsPanel';
import { openSettings } from './ui/settingsDialog';
import { afterPaintInBackground, browserClock, browserRng, whenQuiet } from './ui/browserPorts';
import { bindChoiceKeys } from './ui/choiceKeys';
import { bindGameKeys } from './ui/gameKeys';
import { warnIfStorageBlocked } from './ui/notices';
import { followStoryEdits } from './ui/storyEdits';
import { mountScreens } from './ui/screens';
import { soundMapPanel } from './ui/soundMapSettings';
import { SeededRng } from './app/speedrun/seededRng';
import type { AfterTitleFeatures } from './afterTitle';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const { storage, persistent } = openBrowserStorage();
const saves = lazy(() =>
  import('./persistence/saveStore').then(({ SaveStore }) => new SaveStore(storage, browserClock)),
);
const profile = new Profile(storage);
const display = new SettingsStore(storage).section('display', displaySettingsSchema, DEFAULT_DISPLAY);
applyDisplaySettings(display);
const presentation = new PresentationSettingsStore(storage);
// Each feature's panel of the Settings dialog, in order.
const settingsPanels = [displaySettingsPanel(display), soundMapPanel(presentation)];

// Speedrun mode fixes the seed of new games through the randomness port.
const rng = new SeededRng(browserRng);
// Speedrun mode, the flowchart and Practice: when the title is quiet, or when asked for (afterTitle.ts).
let late: AfterTitleFeatures | null = null;
// The ending screen and the dialogs the player opens come with them (ui/lateScreens.ts).
const lateScreens = lazy(() => import('./ui/lateScreens'));
const afterTitle: Lazy<AfterTitleFeatures> = lazy(() =>
  Promise.all([import('./afterTitle'), lateScreens.get()]).then(
    ([{ mountAfterTitle }]) => (late = mountAfterTitle(app, { storage, rng })),
  ),
);
const app: AppController = new AppController({
  stories: loadCampaignStory,
  // A run's first page waits for the late features (they see every page); a prefetch does not.
  beforeRun: () => afterTitle.get(),
  saves,
  peekAutosave: () => peekAutosave(storage),
  clock: browserClock,
  rng,
  whenQuiet,
});
// Subscription order matters: the collection records an ending before the screen lists what was collected.
collectOnEvents(app, profile);
mountScreens(root, app, profile, {
  openSettings: () => openSettings(settingsPanels),
  // Speedrun mode shows text at once.
  textSpeed: () => (late?.speedrunActive() ? 0 : display.get().textSpeed),
  onSpeedrun: () => void afterTitle.get().then((f) => f.openSpeedrun()),
  openFlowchart: () => void afterTitle.get().then((f) => f.openFlowchart()),
  openPractice: () => void afterTitle.get().then((f) => f.openPractice()),
  lateScreens,
});
// The map and the sound load after the first text; they only listen.
soundAfterFirstText(app, presentation, afterPaintInBackground);
mapAfterFirstText(app, presentation, root, afterPaintInBackground);
autosaveOnEvents(app, saves, afterPaintInBackground);
bindChoiceKeys(
  () => app.state.kind === 'playing' && display.get().numberKeys,
  (i) => app.choose(i),
);
bindGameKeys({
  inRun: () => app.state.kind !== 'title',
  onUndo: () => app.undo(),
  // In a run, the late screens are loaded (the run waited for them).
  onHistory: () => lateScreens.now()?.openHistory(app.history()),
  onFlowchart: () => void afterTitle.get().then((f) => f.openFlowchart()),
});
followStoryEdits(app);
warnIfStorageBlocked(persistent);
app.toTitle();
// Not at once: zod and the rest would hold up a briefing clicked as the title appears.
whenQuiet(() => void afterTitle.get());
// When the page is quiet (the controller waits for it): the story engine, and what Continue would open.
app.prefetch();
