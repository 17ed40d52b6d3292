/**
 * Applies the display settings to the page as attributes and custom
 * properties on <html>, which the stylesheet reads: a change shows at once,
 * with no re-render. Reduced motion on 'system' follows the OS preference live.
 */
import type { DisplaySettings } from '../core/displaySettings';

export interface DisplaySource {
  get(): DisplaySettings;
  subscribe(listener: (value: DisplaySettings) => void): () => void;
}

/** Does the player want reduced motion, by their setting or, on 'system', by the OS? */
export function motionReduced(s: DisplaySettings): boolean {
  if (s.reducedMotion !== 'system') return s.reducedMotion === 'on';
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function applyDisplaySettings(display: DisplaySource): void {
  const html = document.documentElement;
  const apply = (s: DisplaySettings): void => {
    html.dataset.theme = s.theme;
    html.dataset.typeface = s.typeface;
    html.dataset.motion = motionReduced(s) ? 'reduce' : 'full';
    html.dataset.numberKeys = s.numberKeys ? 'on' : 'off';
    html.style.setProperty('--text-size', `${s.textSize}%`);
    html.style.setProperty('--measure', `${s.lineWidth}ch`);
  };
  apply(display.get());
  display.subscribe(apply);
  window
    .matchMedia('(prefers-reduced-motion: reduce)')
    .addEventListener('change', () => apply(display.get()));
}
