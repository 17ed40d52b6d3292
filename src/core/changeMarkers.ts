/**
 * What the HUD shows beside a meter the last choice moved: the change with its
 * sign and arrow, and whether it is good or bad for this figure in words, so
 * the marker never relies on colour.
 */
import type { FigureId } from './figures';
import { goodDirection, shownMeters } from './meters';

export type Verdict = 'good' | 'bad' | 'neutral';

export interface ChangeMarker {
  id: string;
  delta: number;
  sign: '+' | '−';
  arrow: '▲' | '▼';
  verdict: Verdict;
}

/**
 * Markers for the shown meters a choice moved, in display order. A count
 * (casualties) that went down is left out: losses are never undone, so a
 * decrease can only be rounding, not something the choice did.
 */
export function changeMarkers(figure: FigureId, deltas: Readonly<Record<string, number>>): ChangeMarker[] {
  const out: ChangeMarker[] = [];
  for (const m of shownMeters(figure)) {
    const delta = deltas[m.id] ?? 0;
    if (delta === 0 || (m.count && delta < 0)) continue;
    const up = delta > 0;
    const good = goodDirection(m, figure);
    const verdict: Verdict = good === 'neither' ? 'neutral' : (good === 'up') === up ? 'good' : 'bad';
    out.push({ id: m.id, delta, sign: up ? '+' : '−', arrow: up ? '▲' : '▼', verdict });
  }
  return out;
}

/** The marker as text, e.g. "▲ +10 good" or "▼ −5 bad"; a neutral change names no verdict. */
export function markerText(m: ChangeMarker): string {
  const abs = Math.abs(m.delta);
  const amount = Number.isInteger(abs) ? String(abs) : abs.toFixed(1);
  return `${m.arrow} ${m.sign}${amount}${m.verdict === 'neutral' ? '' : ` ${m.verdict}`}`;
}
