/**
 * Brings in the sound (howler) after the first story text, so the page that
 * shows it downloads none of it, and only after the player's first gesture,
 * as browsers' autoplay rules ask. Until then it remembers the music cue in
 * effect, so the player hears the scene's music, not silence, when it starts.
 */
import type { AppController } from '../app/controller';
import type { PresentationSettingsStore } from '../core/presentationSettings';
import type { MusicCue } from '../core/tagVocabulary';
import type { SoundPlayer } from './soundPlayer';

declare global {
  interface Window {
    /** The sound's state, for the browser tests. */
    __uwSound?: () => ReturnType<SoundPlayer['state']>;
  }
}

/** Whether the page has had a click, tap or key press (Chrome, Firefox and Safari ≥ 16.4 say so). */
function afterGesture(run: () => void): void {
  if (navigator.userActivation?.hasBeenActive) return run();
  const once = (): void => {
    removeEventListener('pointerdown', once, true);
    removeEventListener('keydown', once, true);
    run();
  };
  addEventListener('pointerdown', once, true);
  addEventListener('keydown', once, true);
}

/** `afterPaint` runs a task once the page's text is painted: the text comes first, then the sound's download and the step's cues. */
export function soundAfterFirstText(
  app: AppController,
  settings: PresentationSettingsStore,
  afterPaint: (task: () => void) => void,
): void {
  let player: SoundPlayer | null = null;
  let loading = false;
  let music: MusicCue = 'none';

  const start = (): void => {
    loading = true;
    afterGesture(() =>
      afterPaint(() => {
        import('./soundPlayer')
          .then(({ SoundPlayer }) => {
            player = new SoundPlayer(settings.settings);
            settings.subscribe((s) => player?.apply(s));
            window.__uwSound = () => player!.state();
            player.playMusic(music);
          })
          // No sound is no reason to stop the story.
          .catch(() => {});
      }),
    );
  };

  app.subscribe((event) => {
    if (event.type === 'page' && !loading) start();
    if (event.type === 'title') {
      music = 'none';
      player?.playMusic('none');
    }
    if (event.type !== 'cue') return;
    const { cue } = event;
    // A step's cues sound once its text is painted: starting a sound (making a Howl) is no
    // work for the frame that shows the text.
    if (cue.kind === 'music') {
      music = cue.cue;
      // Unless another cue (or the title's silence) has come since.
      if (player) afterPaint(() => music === cue.cue && player?.playMusic(cue.cue));
    } else if (cue.kind === 'sfx') {
      if (player) afterPaint(() => player?.playEffect(cue.effect));
    }
  });
}
