/**
 * `npm run assets:audio`: writes the game's music as MIDI (tools/assets/score.ts),
 * renders it with FluidSynth and the FluidR3 General MIDI soundfont, synthesises
 * the effects with sox, and encodes both as Ogg Vorbis and MP3 into
 * assets/audio/out/, with a manifest of each file's length and loudness.
 * Needs Debian's fluidsynth, fluid-soundfont-gm, sox and libsox-fmt-all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMidi } from './midi';
import { MUSIC } from './score';
import { EFFECTS } from './effects';

const SOUNDFONT = '/usr/share/sounds/sf2/FluidR3_GM.sf2';
const MIDI_DIR = 'assets/audio/midi';
const OUT_DIR = 'assets/audio/out';
/** Beats rendered past the loop's end: the reverb tail, folded back onto the loop's start. */
const TAIL_BEATS = 4;

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'uw-audio-'));
const wav = (name: string): string => join(work, `${name}.wav`);

/** A seamless loop: the part past the loop point is mixed onto its start, so the reverb carries over the seam. */
function renderLoop(name: string, seconds: number): void {
  run('sox', [wav(`${name}-full`), wav(`${name}-body`), 'trim', '0', String(seconds)]);
  run('sox', [wav(`${name}-full`), wav(`${name}-tail`), 'trim', String(seconds)]);
  run('sox', ['-m', wav(`${name}-body`), wav(`${name}-tail`), wav(name), 'trim', '0', String(seconds)]);
}

/**
 * Mono, brought to a common loudness (`rmsDb`, but never peaking above -1 dBFS)
 * so no cue jumps out, then the two encodings every current browser plays between them.
 */
function encode(name: string, rmsDb: number): void {
  run('sox', [wav(name), '-c', '1', wav(`${name}-mono`), 'remix', '-']);
  const level = stats(wav(`${name}-mono`));
  const gain = Math.min(rmsDb - level('RMS lev dB'), -1 - level('Pk lev dB'));
  run('sox', [wav(`${name}-mono`), wav(`${name}-level`), 'gain', gain.toFixed(2)]);
  run('sox', [wav(`${name}-level`), '-C', '1', join(OUT_DIR, `${name}.ogg`)]);
  run('sox', [wav(`${name}-level`), '-C', '64', join(OUT_DIR, `${name}.mp3`)]);
}

/** A reader of sox's `stats` for a file, by label ("RMS lev dB", "Pk lev dB"). */
function stats(file: string): (label: string) => number {
  // sox prints its stats on stderr.
  const text = spawnSync('sox', [file, '-n', 'stats'], { encoding: 'utf8' }).stderr;
  return (label) => {
    const m = new RegExp(`^${label}\\s+(-?[\\d.]+)`, 'm').exec(text);
    if (!m?.[1]) throw new Error(`sox stats gave no ${label} for ${file}`);
    return Number(m[1]);
  };
}

interface Measure {
  seconds: number;
  rmsDb: number;
  peakDb: number;
  bytes: number;
  sha256: string;
}

/** Length and loudness of the encoded file as a browser decodes it (sox `stats`). */
function measure(file: string): Measure {
  const level = stats(file);
  const out = execFileSync('sox', ['--i', '-D', file], { encoding: 'utf8' });
  const bytes = readFileSync(file);
  return {
    seconds: Number(Number(out).toFixed(3)),
    rmsDb: level('RMS lev dB'),
    peakDb: level('Pk lev dB'),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

const manifest: Record<string, Measure & { kind: 'music' | 'sfx' }> = {};
try {
  for (const [cue, score] of Object.entries(MUSIC)) {
    const seconds = (score.beats * 60) / score.tempo;
    const mid = join(MIDI_DIR, `${cue}.mid`);
    writeFileSync(mid, writeMidi(score, { endBeat: score.beats + TAIL_BEATS }));
    run('fluidsynth', ['-ni', '-q', '-g', '0.7', '-r', '44100', '-F', wav(`${cue}-full`), SOUNDFONT, mid]);
    renderLoop(cue, seconds);
    encode(cue, -20);
  }
  for (const [effect, args] of Object.entries(EFFECTS)) {
    run('sox', ['-n', '-r', '44100', '-c', '1', wav(effect), ...args]);
    encode(effect, -18);
  }
  for (const name of [...Object.keys(MUSIC), ...Object.keys(EFFECTS)])
    for (const ext of ['ogg', 'mp3'])
      manifest[`${name}.${ext}`] = {
        kind: name in MUSIC ? 'music' : 'sfx',
        ...measure(join(OUT_DIR, `${name}.${ext}`)),
      };
  writeFileSync(join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const total = Object.values(manifest).reduce((n, m) => n + m.bytes, 0);
  console.log(`assets:audio: ${Object.keys(manifest).length} files, ${(total / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
