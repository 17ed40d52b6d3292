/**
 * The game's music, written for it: one short loop per cue of the tag
 * vocabulary (`# music:`), in a small notation ("D4:2" = D in octave 4 for
 * two beats, "r:1" = a beat's rest, chords as "D3+F3+A3:4"). `npm run
 * assets:audio` turns each into MIDI and renders it with FluidSynth.
 */
import type { MusicCue } from '../../src/core/tagVocabulary';
import type { Note, Score, Track } from './midi';

const NAMES: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

function pitch(name: string): number {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`not a pitch: ${name}`);
  const shift = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return 12 * (Number(m[3]) + 1) + NAMES[m[1]!]! + shift;
}

/** Parses a line of the notation into notes, starting at beat 0. */
export function line(text: string, velocity = 80): Note[] {
  const notes: Note[] = [];
  let beat = 0;
  for (const token of text.trim().split(/\s+/)) {
    const [what, len] = token.split(':');
    const beats = Number(len);
    if (!what || !Number.isFinite(beats)) throw new Error(`bad token: ${token}`);
    if (what !== 'r') for (const p of what.split('+')) notes.push({ beat, beats, pitch: pitch(p), velocity });
    beat += beats;
  }
  return notes;
}

/** The same notes `times` times, each repeat `every` beats later. */
function repeat(notes: Note[], times: number, every: number): Note[] {
  return Array.from({ length: times }, (_, i) =>
    notes.map((n) => ({ ...n, beat: n.beat + i * every })),
  ).flat();
}

const track = (name: string, channel: number, program: number, notes: Note[]): Track => ({
  name,
  channel,
  program,
  notes,
});

/** General MIDI drums on channel 10 (index 9). */
const KICK = 36;
const SNARE = 38;
const drum = (key: number, beats: number[], velocity: number): Note[] =>
  beats.map((beat) => ({ beat, beats: 0.25, pitch: key, velocity }));

/** Each cue's loop length in beats must match its score: the renderer cuts the loop there. */
export const MUSIC: Record<Exclude<MusicCue, 'none'>, Score & { beats: number }> = {
  // The title: a horn call over strings in D minor, slow and wide.
  title: {
    tempo: 72,
    beats: 32,
    tracks: [
      track(
        'strings',
        0,
        48,
        line(
          'D3+F3+A3:4 Bb2+D3+F3:4 G2+Bb2+D3:4 A2+C#3+E3:4 D3+F3+A3:4 F2+A2+C3:4 G2+Bb2+D3:4 A2+C#3+E3:4',
          62,
        ),
      ),
      track('bass', 1, 43, line('D2:4 Bb1:4 G1:4 A1:4 D2:4 F1:4 G1:4 A1:4', 70)),
      track(
        'horn',
        2,
        60,
        line(
          'r:1 A3:1 D4:2 F4:1.5 E4:0.5 D4:2 Bb3:2 D4:1 C4:1 A3:4 A3:1 D4:2 F4:1 A4:2 G4:2 F4:1 E4:1 D4:1 C#4:1 A3:4',
          84,
        ),
      ),
    ],
  },
  // Tension: a low tremolo pedal, a timpani heartbeat, a half-step that will not resolve.
  tension: {
    tempo: 60,
    beats: 32,
    tracks: [
      track(
        'tremolo',
        0,
        44,
        line(
          'C2+G2+C3+Eb3:8 Db2+Ab2+Db3+F3:4 C2+G2+C3+Eb3:4 C2+G2+C3+Eb3:8 Db2+Ab2+Db3+Fb3:4 B1+G2+D3+F3:4',
          58,
        ),
      ),
      track('timpani', 1, 47, repeat(line('C2:1 r:0.5 C2:0.5 r:2', 78), 8, 4)),
      track('pizzicato', 2, 45, repeat(line('r:2 G3:0.5 Ab3:0.5 G3:1 r:2 Eb3:0.5 D3:0.5 C3:1', 64), 4, 8)),
    ],
  },
  // Battle: brass chords on a driving string ostinato, snare and bass drum, E minor.
  battle: {
    tempo: 126,
    beats: 64,
    tracks: [
      track(
        'ostinato',
        0,
        48,
        repeat(line('E3:0.5 E3:0.5 B3:0.5 E3:0.5 G3:0.5 E3:0.5 B3:0.5 E3:0.5', 70), 8, 4).concat(
          repeat(line('C3:0.5 C3:0.5 G3:0.5 C3:0.5 E3:0.5 C3:0.5 G3:0.5 C3:0.5', 70), 4, 4).map((n) => ({
            ...n,
            beat: n.beat + 32,
          })),
          repeat(line('D3:0.5 D3:0.5 A3:0.5 D3:0.5 B2:0.5 B2:0.5 F#3:0.5 B2:0.5', 72), 4, 4).map((n) => ({
            ...n,
            beat: n.beat + 48,
          })),
        ),
      ),
      track(
        'brass',
        1,
        61,
        repeat(
          line(
            'E3+G3+B3:1.5 E3+G3+B3:0.5 r:2 C3+E3+G3:1.5 C3+E3+G3:0.5 r:2 D3+F#3+A3:1.5 D3+F#3+A3:0.5 r:2 B2+D#3+F#3:3 r:1',
            86,
          ),
          4,
          16,
        ),
      ),
      track('bass', 2, 43, repeat(line('E2:2 E2:2 C2:2 C2:2 D2:2 D2:2 B1:2 B1:2', 80), 4, 16)),
      track('drums', 9, 0, [
        ...drum(
          KICK,
          Array.from({ length: 32 }, (_, i) => i * 2),
          90,
        ),
        ...drum(
          SNARE,
          Array.from({ length: 64 }, (_, i) => i + 0.5).filter((_, i) => i % 2 === 1),
          70,
        ),
        ...drum(SNARE, [15.25, 15.5, 15.75, 31.25, 31.5, 31.75, 47.25, 47.5, 47.75, 63.25, 63.5, 63.75], 60),
      ]),
    ],
  },
  // Elegy: a cello alone over slow strings, A minor.
  elegy: {
    tempo: 54,
    beats: 24,
    tracks: [
      track(
        'strings',
        0,
        49,
        line('A2+C3+E3:4 F2+A2+C3:4 D2+F2+A2:4 E2+G#2+B2:4 A2+C3+E3:4 E2+G#2+B2:4', 54),
      ),
      track(
        'cello',
        1,
        42,
        line('E3:2 A3:1 B3:1 C4:2 B3:1 A3:1 F3:2 D3:1 E3:1 E3:4 A3:1.5 G3:0.5 F3:1 E3:1 C3:1 D3:1 B2:2', 82),
      ),
    ],
  },
  // The steppe: an open-fifth drone, a pentatonic flute, a gallop of plucked strings.
  steppe: {
    tempo: 76,
    beats: 32,
    tracks: [
      track('drone', 0, 49, line('D2+A2+D3:16 D2+A2+D3:8 C2+G2+C3:8', 56)),
      track(
        'flute',
        1,
        73,
        line(
          'A4:1 D5:1.5 E5:0.5 D5:1 B4:1 A4:2 G4:1 A4:1 D5:3 r:4 E5:1 G5:1.5 E5:0.5 D5:1 B4:1 A4:4 G4:1 E4:2 D4:4',
          78,
        ),
      ),
      track('gallop', 2, 45, repeat(line('D3:0.5 D3:0.25 A3:0.25 D3:0.5 D3:0.25 A3:0.25', 60), 16, 2)),
    ],
  },
  // The council: a clarinet and a bassoon round a table, strings quiet beneath, G minor.
  council: {
    tempo: 66,
    beats: 32,
    tracks: [
      track(
        'strings',
        0,
        48,
        line(
          'G2+Bb2+D3:4 Eb2+G2+Bb2:4 C2+Eb2+G2:4 D2+F#2+A2:4 G2+Bb2+D3:4 Eb2+G2+Bb2:4 A1+C2+Eb2:4 D2+F#2+A2:4',
          50,
        ),
      ),
      track(
        'clarinet',
        1,
        71,
        line(
          'D4:1.5 Eb4:0.5 D4:1 Bb3:1 G3:2 Bb3:1 C4:1 Eb4:2 D4:1 C4:1 A3:4 D4:1.5 Eb4:0.5 F4:1 G4:1 Eb4:2 D4:1 C4:1 Bb3:1 A3:1 C4:2 D4:4',
          76,
        ),
      ),
      track(
        'bassoon',
        2,
        70,
        line('G2:2 D2:2 Eb2:2 Bb1:2 C2:2 G1:2 D2:2 A1:2 G2:2 D2:2 Eb2:2 Bb1:2 A1:2 C2:2 D2:4', 70),
      ),
    ],
  },
};
