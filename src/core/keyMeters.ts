/**
 * The meters that matter most for each figure, most important first: a save
 * slot shows the first three, the phone's one-line HUD the first two. The
 * order follows each figure's endings (story bible): what ends a campaign first.
 */
import type { FigureId } from './figures';
import { METERS, meterLabel } from './meters';

const KEY_METERS: Record<FigureId, readonly string[]> = {
  shtern: ['stalin', 'nkvd', 'supply'],
  chiang: ['stalin', 'unity', 'autonomy'],
  kwantung: ['leash', 'stalin', 'north'],
};

/** Short names for the phone's one-line HUD, where a full label would not fit beside the date. */
const SHORT_LABELS: Record<string, string> = {
  stalin: 'Stalin',
  nkvd: 'NKVD',
  supply: 'Logistics',
  unity: 'Front',
  autonomy: 'Freedom',
  leash: 'Tokyo',
  north: 'North',
};

export interface KeyMeter {
  id: string;
  label: string;
  short: string;
  value: number;
  unit: string;
}

/** The figure's `count` most important meters with their values. */
export function keyMeters(figure: FigureId, values: Record<string, number>, count = 3): KeyMeter[] {
  return KEY_METERS[figure].slice(0, count).flatMap((id) => {
    const def = METERS.find((m) => m.id === id);
    if (!def) return [];
    const label = meterLabel(def, figure);
    const short = figure === 'kwantung' && id === 'stalin' ? 'Moscow' : (SHORT_LABELS[id] ?? label);
    return [{ id, label, short, value: values[id] ?? 0, unit: def.unit ?? '' }];
  });
}
