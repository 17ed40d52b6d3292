/**
 * The sound effects of the tag vocabulary (`# sfx:`), as sox synthesis
 * arguments (after `sox -n -r 44100 -c 1 out.wav`). ":" starts a new effect
 * chain whose output follows the last, which is how the telegraph spells Morse.
 */
import type { Sfx } from '../../src/core/tagVocabulary';

const DIT = 0.07;
/** One burst of a 1930s exchange ring: a warbled 425 Hz tone (the telephone effect rings twice). */
const RING_BURST = [
  'synth',
  '1',
  'sine',
  '425',
  'synth',
  '1',
  'sine',
  'amod',
  '20',
  '100',
  'fade',
  'q',
  '0.01',
  '1',
  '0.02',
];

const TONE = '720';

/** A Morse message keyed at about 17 words a minute, with a soft attack so the key clicks but does not pop. */
function morse(code: string): string[] {
  const parts: string[][] = [];
  const tone = (s: number): string[] => [
    'synth',
    String(s),
    'sine',
    TONE,
    'fade',
    'q',
    '0.004',
    String(s),
    '0.004',
  ];
  const gap = (s: number): string[] => ['synth', String(s), 'sine', TONE, 'gain', '-120'];
  for (const ch of code) {
    if (ch === '.') parts.push(tone(DIT), gap(DIT));
    else if (ch === '-') parts.push(tone(DIT * 3), gap(DIT));
    else parts.push(gap(DIT * 3));
  }
  return parts.flatMap((p, i) => (i === 0 ? p : [':', ...p]));
}

export const EFFECTS: Record<Sfx, string[]> = {
  // "CQ CQ" on a telegraph key, then a short pause before the line goes quiet.
  telegraph: [...morse('-.-. --.- -.-. --.-'), ':', 'synth', '0.4', 'sine', TONE, 'gain', '-120'],
  // Two distant guns: low noise bursts with a long rumbling decay.
  artillery: [
    'synth',
    '2',
    'brownnoise',
    'fade',
    'q',
    '0.005',
    '2',
    '1.9',
    'lowpass',
    '180',
    ':',
    'synth',
    '2.5',
    'brownnoise',
    'fade',
    'q',
    '0.005',
    '2.5',
    '2.4',
    'lowpass',
    '140',
    'reverb',
    '60',
    '50',
    '100',
  ],
  // Steppe wind: pink noise through a narrow band, slowly swelling.
  wind: [
    'synth',
    '6',
    'pinknoise',
    'band',
    '-n',
    '500',
    '350',
    'tremolo',
    '0.25',
    '70',
    'fade',
    'h',
    '1.5',
    '6',
    '2',
  ],
  // A field radio: hiss through a telephone-width band, chopped by interference, with a faint carrier whine.
  radio: [
    'synth',
    '3',
    'whitenoise',
    'synth',
    '3',
    'sine',
    'amod',
    '11',
    '60',
    'sinc',
    '400-3000',
    'gain',
    '-4',
    'fade',
    'q',
    '0.05',
    '3',
    '0.3',
  ],
  // A 1930s exchange ring: two bursts of a warbled 425 Hz tone.
  telephone: [...RING_BURST, ':', 'synth', '0.4', 'sine', '425', 'gain', '-120', ':', ...RING_BURST],
  // Aircraft passing overhead: a beating engine drone rising and falling in pitch.
  aircraft: [
    'synth',
    '6',
    'sawtooth',
    '70:95',
    'synth',
    '6',
    'sine',
    'amod',
    '23',
    '40',
    'lowpass',
    '700',
    'fade',
    't',
    '2.5',
    '6',
    '2.5',
    'reverb',
    '40',
  ],
  // A steam train: a chuff of filtered noise four times a second, then its whistle.
  train: [
    'synth',
    '4',
    'brownnoise',
    'synth',
    '4',
    'square',
    'amod',
    '4',
    '90',
    'lowpass',
    '900',
    'fade',
    'h',
    '1',
    '4',
    '0.3',
    ':',
    'synth',
    '1.2',
    'sine',
    '660',
    'sine',
    '830',
    'remix',
    '-',
    'fade',
    'h',
    '0.1',
    '1.2',
    '0.4',
    'gain',
    '-8',
  ],
};
