/**
 * Composition root: builds the adapters, hands them to the app controller as ports, and subscribes
 * the renderer, autosave and the collection to its events. No game rules live here — only who talks
 * to whom. What it imports is all the title loads; the stories and the engine, the saves, the late
 * features and screens, the map and the sound come in later by dynamic imports, needed or prefetched.
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
import { earlyOpeningPainted } from './ui/earlyInput';
import { warnIfStorageBlocked } from './ui/notices';
import { followStoryEdits } from './ui/storyEdits';
import { mountScreens } from './ui/screens';
import { soundMapPanel } from './ui/soundMapSettings';
import { SeededRng } from './app/speedrun/seededRng';
import type { AfterTitleFeatures } from './afterTitle';

void earlyOpeningPainted().then(boot); // an opening page index.html showed before the app paints first

function boot(): void {
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
  const settingsPanels = [displaySettingsPanel(display), soundMapPanel(presentation)]; // the dialog's, in order
  const rng = new SeededRng(browserRng); // through which speedrun mode fixes new games' seed
  // Speedrun, flowchart, Practice (afterTitle.ts), ending screen, dialogs (ui/lateScreens.ts): when quiet or asked.
  let late: AfterTitleFeatures | null = null;
  const lateScreens = lazy(() => import('./ui/lateScreens'));
  const afterTitle: Lazy<AfterTitleFeatures> = lazy(async () => {
    const [{ mountAfterTitle }] = await Promise.all([import('./afterTitle'), lateScreens.get()]);
    return (late = mountAfterTitle(app, { storage, rng }));
  });
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
  collectOnEvents(app, profile, afterPaintInBackground);
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
    onHistory: () => lateScreens.now()?.openHistory(app.history()), // a run waited for them
    onFlowchart: () => void afterTitle.get().then((f) => f.openFlowchart()),
  });
  followStoryEdits(app);
  warnIfStorageBlocked(persistent);
  app.toTitle();
  // Not at once: zod and the rest would hold up a briefing clicked as the title appears.
  whenQuiet(() => void afterTitle.get());
  // When the page is quiet (the controller waits for it): the story engine, and what Continue would open.
  app.prefetch();
}
