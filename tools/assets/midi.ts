/**
 * A minimal Standard MIDI File (format 1) writer: enough for the game's
 * scores (notes, programs, tempo), so the music needs no MIDI package.
 */

/** A note in beats from the start of the piece. */
export interface Note {
  beat: number;
  beats: number;
  pitch: number;
  velocity: number;
}

export interface Track {
  name: string;
  channel: number;
  /** General MIDI program (0-based); ignored on channel 9, the drums. */
  program: number;
  notes: Note[];
}

export interface Score {
  tempo: number;
  tracks: Track[];
}

/** How long the file runs, in beats: past the last note, so the renderer keeps the reverb's tail. */
export interface Timing {
  endBeat: number;
}

const TICKS_PER_BEAT = 480;

function varLen(n: number): number[] {
  const bytes = [n & 0x7f];
  while ((n >>= 7) > 0) bytes.unshift((n & 0x7f) | 0x80);
  return bytes;
}

function chunk(type: string, body: number[]): number[] {
  const len = body.length;
  return [
    ...Buffer.from(type, 'ascii'),
    len >>> 24,
    (len >>> 16) & 0xff,
    (len >>> 8) & 0xff,
    len & 0xff,
    ...body,
  ];
}

function trackChunk(track: Track, tempo: number | null, endTick: number): number[] {
  const events: { tick: number; order: number; bytes: number[] }[] = [];
  const name = [...Buffer.from(track.name, 'ascii')];
  events.push({ tick: 0, order: 0, bytes: [0xff, 0x03, name.length, ...name] });
  if (tempo !== null) {
    const us = Math.round(60_000_000 / tempo);
    events.push({ tick: 0, order: 0, bytes: [0xff, 0x51, 0x03, us >>> 16, (us >>> 8) & 0xff, us & 0xff] });
  }
  if (track.channel !== 9) events.push({ tick: 0, order: 1, bytes: [0xc0 | track.channel, track.program] });
  for (const n of track.notes) {
    const on = Math.round(n.beat * TICKS_PER_BEAT);
    const off = Math.round((n.beat + n.beats) * TICKS_PER_BEAT);
    // Note-offs sort before note-ons at the same tick, so repeated pitches re-strike.
    events.push({ tick: on, order: 3, bytes: [0x90 | track.channel, n.pitch, n.velocity] });
    events.push({ tick: off, order: 2, bytes: [0x80 | track.channel, n.pitch, 0] });
  }
  events.sort((a, b) => a.tick - b.tick || a.order - b.order);
  const body: number[] = [];
  let last = 0;
  for (const e of events) {
    body.push(...varLen(e.tick - last), ...e.bytes);
    last = e.tick;
  }
  body.push(...varLen(Math.max(0, endTick - last)), 0xff, 0x2f, 0x00);
  return chunk('MTrk', body);
}

/** The score as the bytes of a .mid file. */
export function writeMidi(score: Score, { endBeat }: Timing): Uint8Array {
  const endTick = Math.round(endBeat * TICKS_PER_BEAT);
  const header = chunk('MThd', [0, 1, 0, score.tracks.length, TICKS_PER_BEAT >>> 8, TICKS_PER_BEAT & 0xff]);
  const tracks = score.tracks.flatMap((t, i) => trackChunk(t, i === 0 ? score.tempo : null, endTick));
  return Uint8Array.from([...header, ...tracks]);
}
