/**
 * The sound, with howler: one looping music cue at a time, crossfading into
 * the next; effects over it, the music ducking while they play. Sound is a
 * courtesy: a file that fails to load or a browser that blocks playback is
 * ignored, never an error, and play goes on.
 */
import { Howl, Howler } from 'howler';
import type { MusicCue, Sfx } from '../core/tagVocabulary';
import type { PresentationSettings } from '../core/presentationSettings';
import { volumes } from '../core/presentationSettings';
import { sourcesOf } from './soundFiles';

// No pool of HTML5 Audio elements for howler to unlock at the player's next key or click (ten made and
// loaded in that event's handler, about 1 ms before the choice it makes): every sound here is Web Audio.
Howler.html5PoolSize = 0;

const CROSSFADE_MS = 2500;
const DUCK_MS = 300;
/** The music's share of its volume while an effect plays. */
const DUCKED = 0.35;

/** What a test (or a curious player's console) can ask: the cue named last and each loop's volume now. */
export interface SoundState {
  cue: MusicCue;
  playing: { cue: string; volume: number }[];
}

export class SoundPlayer {
  private readonly loops = new Map<string, Howl>();
  private readonly effects = new Map<string, Howl>();
  private cue: MusicCue = 'none';
  private duckedUntil = 0;
  private musicVolume: number;
  private effectsVolume: number;

  constructor(settings: PresentationSettings) {
    ({ music: this.musicVolume, effects: this.effectsVolume } = volumes(settings));
    unlockOnlyIfLocked();
  }

  /** Crossfades to a cue's loop ('none' fades to silence); the same cue again changes nothing. */
  playMusic(cue: MusicCue): void {
    if (cue === this.cue) return;
    const previous = this.cue;
    this.cue = cue;
    const old = this.loops.get(previous);
    if (old?.playing()) {
      old.fade(old.volume(), 0, CROSSFADE_MS);
      old.once('fade', () => {
        if (this.cue !== previous) old.stop();
      });
    }
    if (cue === 'none') return;
    const next = this.loop(cue);
    if (!next.playing()) next.play();
    next.fade(next.volume(), this.targetMusicVolume(), CROSSFADE_MS);
  }

  /** Plays an effect over the music, which ducks under it and comes back after. */
  playEffect(effect: Sfx): void {
    const sound = this.effect(effect);
    sound.volume(this.effectsVolume);
    sound.play();
    const seconds = sound.duration() || 4;
    this.duckedUntil = Date.now() + seconds * 1000;
    this.fadeMusic(DUCK_MS);
    setTimeout(() => this.fadeMusic(CROSSFADE_MS / 2), seconds * 1000);
  }

  apply(settings: PresentationSettings): void {
    ({ music: this.musicVolume, effects: this.effectsVolume } = volumes(settings));
    this.fadeMusic(DUCK_MS);
  }

  state(): SoundState {
    const playing = [...this.loops]
      .filter(([, h]) => h.playing())
      .map(([cue, h]) => ({ cue, volume: Number(h.volume().toFixed(3)) }));
    return { cue: this.cue, playing };
  }

  private targetMusicVolume(): number {
    return this.musicVolume * (Date.now() < this.duckedUntil ? DUCKED : 1);
  }

  private fadeMusic(ms: number): void {
    const current = this.loops.get(this.cue);
    if (current?.playing()) current.fade(current.volume(), this.targetMusicVolume(), ms);
  }

  private loop(cue: string): Howl {
    let howl = this.loops.get(cue);
    if (!howl) {
      howl = quietHowl(cue, true);
      this.loops.set(cue, howl);
    }
    return howl;
  }

  private effect(effect: string): Howl {
    let howl = this.effects.get(effect);
    if (!howl) {
      howl = quietHowl(effect, false);
      this.effects.set(effect, howl);
    }
    return howl;
  }
}

/**
 * Howler unlocks the audio at the player's next key, click or tap: in that event's handler it plays a
 * silent buffer and resumes the context (0.6–1.1 ms of that choice's handler, measured), and when the
 * buffer ends it tells every sound (3.3 ms once, right after that choice's paint). Where the context
 * already runs there is nothing to unlock: this player is made after the player's first gesture, and
 * Chromium and Firefox let a page that has had one start its audio. Safari's starts suspended, and
 * keeps howler's unlock.
 */
function unlockOnlyIfLocked(): void {
  // Asking the volume makes howler's context, if the browser has Web Audio and it is not made yet.
  Howler.volume();
  if ((Howler.ctx as AudioContext | undefined)?.state === 'running') Howler.autoUnlock = false;
}

/** A Howl that loads on first need and swallows load and play errors (a locked browser plays it on unlock). */
function quietHowl(name: string, loop: boolean): Howl {
  const howl: Howl = new Howl({
    src: sourcesOf(name),
    loop,
    volume: 0,
    onloaderror: () => {},
    onplayerror: (id) => howl.once('unlock', () => howl.play(id)),
  });
  return howl;
}
