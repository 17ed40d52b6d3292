/**
 * The meters explained: for each meter this figure is shown, its value, range,
 * which way is good, why it is there, and the settling rule between acts.
 */
import type { MeterReading } from '../core/meters';
import { el } from './dom';
import { openDialog } from './dialog';

const GOOD_WORDS: Record<MeterReading['good'], string> = {
  up: 'Higher is better for you.',
  down: 'Lower is better for you.',
  neither: 'Neither way is better for you in itself.',
};

function rangeText(m: MeterReading): string {
  if (m.count) return 'Counted in thousands; it never goes down.';
  const min = m.min < 0 ? `−${-m.min}` : String(m.min);
  const max = m.min < 0 ? `+${m.max}` : String(m.max);
  return `From ${min} to ${max}.`;
}

function valueText(m: MeterReading): string {
  const v = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(1);
  return m.count ? `${v} thousand` : v;
}

export function openMetersHelp(meters: readonly MeterReading[], settlingRule: string): void {
  openDialog('Meters', [
    el(
      'dl',
      { class: 'meters-help' },
      meters.flatMap((m) => [
        el('dt', { text: `${m.label}: ${valueText(m)}`, attrs: { 'data-meter': m.id } }),
        el('dd', {
          text: [m.explain, m.whyShown, rangeText(m), GOOD_WORDS[m.good]].filter(Boolean).join(' '),
        }),
      ]),
    ),
    el('p', { text: 'Meters move in steps of 5; casualties by the thousand.' }),
    el('p', { class: 'settling-rule', text: settlingRule }),
  ]);
}
