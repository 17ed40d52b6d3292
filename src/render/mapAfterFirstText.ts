/**
 * The map panel: brings in pixi.js after the first story text (the page that
 * shows it downloads none of it) and follows `# map:` cues. The canvas is
 * labelled with the scene and the date; every fact it shows is also in the
 * text. Without WebGL there is no map, and no error: the story needs none.
 */
import type { AppController } from '../app/controller';
import type { PresentationSettings, PresentationSettingsStore } from '../core/presentationSettings';
import { datelineText, whereabouts } from '../core/page';
import type { MapScene } from '../core/tagVocabulary';
import { SCENE_TITLES } from './sceneTitles';
import type { MapView } from './mapView';

function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

function glides(s: PresentationSettings): boolean {
  if (s.motion !== 'system') return s.motion === 'full';
  return !matchMedia('(prefers-reduced-motion: reduce)').matches;
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
  const panel = document.createElement('figure');
  panel.className = 'map-panel';
  panel.hidden = true;
  before.before(panel);
  let view: MapView | null = null;
  let loading = false;
  let playing = false;
  let scene: MapScene = 'far_east';
  let when = '';

  const label = (): void =>
    view?.canvas.setAttribute('aria-label', `Map of ${SCENE_TITLES[scene]}${when ? `, ${when}` : ''}`);
  const showPanel = (): void => {
    panel.hidden = !(playing && view && settings.settings.map);
  };

  const load = (): void => {
    loading = true;
    if (!webglAvailable()) return;
    afterPaint(() =>
      import('./mapView')
        .then(({ MapView }) => MapView.create(panel, scene))
        .then((made) => {
          view = made;
          if (!made) panel.remove();
          view?.canvas.setAttribute('role', 'img');
          label();
          showPanel();
        })
        // No map is no reason to stop the story.
        .catch(() => {}),
    );
  };

  settings.subscribe((s) => {
    if (playing && s.map && !loading) load();
    showPanel();
  });
  app.subscribe((event) => {
    if (event.type === 'page') {
      playing = true;
      when = datelineText(whereabouts(event.page));
      if (!loading && settings.settings.map) load();
    } else if (event.type === 'title' || event.type === 'ending') playing = false;
    else if (event.type === 'cue' && event.cue.kind === 'map') {
      scene = event.cue.scene;
      view?.show(scene, glides(settings.settings));
    } else return;
    label();
    showPanel();
  });
}
