/**
 * Skip-seen-text in speedrun mode: the new lines of a page that were read on
 * an earlier run (of this story version) are marked as read, and when every
 * new line was, the focus goes straight to the first choice. S skips to the
 * choices at any time.
 */
import type { AppController } from '../../app/controller';
import type { SpeedrunSession } from '../../app/speedrun/session';

export function skipToChoices(): void {
  const first = document.querySelector<HTMLElement>('.choices .choice');
  first?.focus();
}

/** Subscribe after the screens and the session: the page is rendered and its lines judged. */
export function markSeenText(app: AppController, run: SpeedrunSession): void {
  app.subscribe((event) => {
    if (event.type !== 'page' || !run.active) return;
    const seen = run.seenOnLastPage();
    const lines = [...(document.querySelector('.page')?.children ?? [])].slice(event.page.newFrom);
    lines.forEach((line, i) => {
      if (seen[i]) line.classList.add('seen');
    });
    if (seen.length > 0 && seen.every(Boolean)) skipToChoices();
  });
}
