/**
 * Every music cue and effect of the tag vocabulary has its files, and they are
 * what the manifest says: its length (read here from the Ogg headers), loudness
 * measured by sox when the file was made (the SHA-256 ties it to these bytes),
 * and all of it small enough to download.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUSIC_CUES, SFX } from '../../src/core/tagVocabulary';

interface Entry {
  kind: 'music' | 'sfx';
  seconds: number;
  rmsDb: number;
  peakDb: number;
  bytes: number;
  sha256: string;
}
const OUT = 'assets/audio/out';
const manifest = JSON.parse(readFileSync(`${OUT}/manifest.json`, 'utf8')) as Record<string, Entry>;
const cues = MUSIC_CUES.filter((c) => c !== 'none');

/** An Ogg Vorbis file's length: the last page's granule position over the identification header's rate. */
function oggSeconds(bytes: Buffer): number {
  const rate = bytes.readUInt32LE(bytes.indexOf('\x01vorbis', 0, 'latin1') + 12);
  const last = bytes.lastIndexOf('OggS', undefined, 'latin1');
  return Number(bytes.readBigUInt64LE(last + 6)) / rate;
}

describe('audio assets', () => {
  for (const name of [...cues, ...SFX]) {
    it(`${name}: Ogg and MP3 files match the manifest, with a sane length and loudness`, () => {
      for (const ext of ['ogg', 'mp3']) {
        const entry = manifest[`${name}.${ext}`];
        expect(entry, `${name}.${ext} in manifest.json`).toBeDefined();
        const bytes = readFileSync(`${OUT}/${name}.${ext}`);
        expect(
          createHash('sha256').update(bytes).digest('hex'),
          `${name}.${ext} changed since it was measured`,
        ).toBe(entry!.sha256);
        const [min, max] = entry!.kind === 'music' ? [20, 40] : [1, 8];
        expect(entry!.seconds).toBeGreaterThanOrEqual(min);
        expect(entry!.seconds).toBeLessThanOrEqual(max);
        // Audible but never clipping, and no file much louder than the others.
        expect(entry!.rmsDb).toBeGreaterThan(-24);
        expect(entry!.rmsDb).toBeLessThan(-14);
        expect(entry!.peakDb).toBeLessThanOrEqual(-0.5);
        if (ext === 'ogg') expect(oggSeconds(bytes)).toBeCloseTo(entry!.seconds, 1);
      }
      expect(manifest[`${name}.ogg`]!.kind).toBe(cues.includes(name as never) ? 'music' : 'sfx');
    });
  }

  it('keeps all the audio under 4 MB', () => {
    const total = Object.values(manifest).reduce((n, e) => n + e.bytes, 0);
    expect(total).toBeLessThan(4 * 1024 * 1024);
  });
});
