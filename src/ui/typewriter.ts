/**
 * The typewriter text speed: the new lines appear a few characters at a time;
 * Space or a click shows the whole passage at once. Screen readers are not
 * kept waiting: the page's announcer already speaks the whole new passage.
 * Returns a function that shows everything at once (before a page is replaced).
 */
export function typewrite(lines: readonly HTMLElement[], charsPerSecond: number): () => void {
  const texts = lines.map((l) => l.textContent ?? '');
  const total = texts.reduce((n, t) => n + t.length, 0);
  if (charsPerSecond <= 0 || total === 0) return () => undefined;
  const started = performance.now();
  let frame = 0;

  const show = (count: number): void => {
    let left = count;
    lines.forEach((line, i) => {
      const text = texts[i] ?? '';
      line.textContent = text.slice(0, Math.max(0, left));
      left -= text.length;
    });
  };
  const finish = (): void => {
    cancelAnimationFrame(frame);
    show(total);
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('click', onClick, true);
  };
  function onKey(ev: KeyboardEvent): void {
    if (ev.key !== ' ' || document.querySelector('dialog[open]')) return;
    ev.preventDefault();
    ev.stopPropagation();
    finish();
  }
  function onClick(ev: MouseEvent): void {
    // A click on the story completes it; a click on a control still does what it says.
    if ((ev.target as HTMLElement | null)?.closest('.page')) finish();
  }
  const tick = (): void => {
    const count = Math.floor(((performance.now() - started) / 1000) * charsPerSecond);
    if (count >= total) return finish();
    show(count);
    frame = requestAnimationFrame(tick);
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('click', onClick, true);
  show(0);
  frame = requestAnimationFrame(tick);
  return finish;
}
