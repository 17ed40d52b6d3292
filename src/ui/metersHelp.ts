/** The meters explained: label, range, current value and one line each (the HUD's help). */
import type { MeterReading } from '../core/meters';
import { el } from './dom';
import { openDialog } from './dialog';

export function openMetersHelp(meters: readonly MeterReading[]): void {
  openDialog('Meters', [
    el(
      'dl',
      { class: 'meters-help' },
      meters.flatMap((m) => [
        el('dt', { text: `${m.label}: ${m.value}${m.unit}` }),
        el('dd', {
          text: `${m.explain} (Range ${m.min} to ${m.group === 'casualties' ? 'no limit' : m.max}${m.unit}.)`,
        }),
      ]),
    ),
    el('p', {
      text: 'Meters move in steps of 5. Between acts, months pass and they settle to the nearest 10.',
    }),
  ]);
}
