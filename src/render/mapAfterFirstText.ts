/**
 * The map panel: brings in pixi.js after the first story text (the page that
 * shows it downloads none of it) and follows `# map:` cues. The canvas is
 * labelled with the scene and the date; every fact it shows is also in the
 * text. Without WebGL there is no map, and no error: the story needs none.
 */
import type { AppController } from '../app/controller';
import type { PresentationSettingsStore } from '../core/presentationSettings';
import { datelineText } from '../core/page';
import type { Front, MapScene } from '../core/tagVocabulary';
import { FRONT_TITLES, SCENE_TITLES } from './sceneTitles';
import type { MapView } from './mapView';
import { SIDE_OF, type MapSide } from './sides';

function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

/** The reading settings put the player's motion choice (or the system's) on <html>. */
function glides(): boolean {
  const motion = document.documentElement.dataset.motion;
  return motion ? motion !== 'reduce' : !matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Puts the map panel before `before` and follows the story. `afterPaint` runs a
 * task once the page's text is painted: the text comes first, then pixi.js.
 */
export function mapAfterFirstText(
  app: AppController,
  settings: PresentationSettingsStore,
  before: Element,
  afterPaint: (task: () => void) => void,
): void {
  // A landmark of its own (complementary), so screen-reader users can find or skip it.
  const panel = document.createElement('aside');
  panel.className = 'map-panel';
  panel.setAttribute('aria-label', 'Theatre map');
  panel.hidden = true;
  before.before(panel);
  let view: MapView | null = null;
  let loading = false;
  let playing = false;
  let scene: MapScene = 'far_east';
  let front: Front = 'none';
  let when = '';
  // Shtern's map draws the Soviet lines bold, the Kwantung officer's the Japanese; Chiang's neither.
  let own: MapSide = null;

  const label = (): void =>
    view?.canvas.setAttribute(
      'aria-label',
      [`Map of ${SCENE_TITLES[scene]}`, when, FRONT_TITLES[front]].filter(Boolean).join(', '),
    );
  const showPanel = (): void => {
    panel.hidden = !(playing && view && settings.settings.map);
  };

  const load = (): void => {
    loading = true;
    // After the paint, the WebGL check too: making a context can take longer than a frame.
    afterPaint(() => {
      if (!webglAvailable()) return;
      void import('./mapView')
        .then(({ MapView }) => MapView.create(panel, scene, own))
        .then((made) => {
          view = made;
          made?.showFront(front);
          if (!made) panel.remove();
          view?.canvas.setAttribute('role', 'img');
          label();
          showPanel();
        })
        // No map is no reason to stop the story.
        .catch(() => {});
    });
  };

  settings.subscribe((s) => {
    if (playing && s.map && !loading) load();
    showPanel();
  });
  /** Brings the map to the scene and front the story is at: after the paint, so the text comes first. */
  let redrawQueued = false;
  const redraw = (): void => {
    if (redrawQueued) return;
    redrawQueued = true;
    afterPaint(() => {
      redrawQueued = false;
      view?.setSide(own);
      view?.show(scene, glides());
      view?.showFront(front);
      view?.refresh();
      label();
    });
  };

  app.subscribe((event) => {
    if (event.type === 'page') {
      // The text first: a glide still under way ends where it was going.
      view?.settle();
      playing = true;
      own = SIDE_OF[event.run.figure];
      panel.dataset.figure = event.run.figure;
      // The map shows where a step ends (its last scene and front), so its label gives the step's last date.
      when = datelineText(event.page);
      if (!loading && settings.settings.map) load();
    } else if (event.type === 'title' || event.type === 'ending') playing = false;
    else if (event.type === 'cue' && event.cue.kind === 'map') {
      // A front belongs to its scene: a new scene starts clear.
      scene = event.cue.scene;
      front = 'none';
    } else if (event.type === 'cue' && event.cue.kind === 'front') {
      front = event.cue.front;
    } else return;
    redraw();
    showPanel();
  });
}
