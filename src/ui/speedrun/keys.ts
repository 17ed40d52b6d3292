/**
 * Speedrun keys, one each: R resets the run, N starts a new attempt of the same
 * category, S skips the text to the choices. Only while a run is on, not in a
 * dialog or a text field, never with a modifier.
 */
import type { SpeedrunSession } from '../../app/speedrun/session';
import { skipToChoices } from './seenText';

export function bindSpeedrunKeys(run: SpeedrunSession): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !run.active) return;
    if (document.querySelector('dialog[open]')) return;
    const target = ev.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
      return;
    const key = ev.key.toLowerCase();
    if (key === 'r') run.reset();
    else if (key === 'n') run.newAttempt();
    else if (key === 's') skipToChoices();
    else return;
    ev.preventDefault();
  });
}

/** The time the page is hidden is not in-game time; hiding is also when a reload keeps the run. */
export function bindPageVisibility(run: SpeedrunSession): void {
  const update = (): void => run.setHidden(document.visibilityState === 'hidden');
  document.addEventListener('visibilitychange', update);
  addEventListener('pagehide', () => run.setHidden(true));
  // A page brought back from the back-forward cache is shown again without a visibilitychange.
  addEventListener('pageshow', update);
}
