/**
 * What `npm run bench` runs inside the page (an init script, before any of the
 * page's own): it notes when each thing the player waits for is on screen, as
 * the time after the frame that paints it (a requestAnimationFrame callback,
 * then a task: the frame has been drawn by then), on the page's clock, whose
 * zero is the start of navigation. The same probe watches the game and the
 * bare page, so both are measured the same way.
 *
 * It clicks, itself, the figure's button as soon as the title is painted and
 * Begin as soon as the briefing is: a player with no reading time, and no
 * round trip to the harness in the measure. The click is the pointer's events
 * (enter, down, up) and a click, as a mouse gives them.
 */

/** What the probe has seen, read by the harness with page.evaluate. */
export interface ProbeRecord {
  /** When each watched thing was first painted (ms after navigation start). */
  marks: Record<string, number>;
  /** When the pointer went down on a figure's button (`figure`) and on Begin (`begin`). */
  pressed: Record<string, number>;
  /** For each choice key: key down → the next paint (ms). */
  choicePaints: number[];
}

/** The console message the probe writes once the first story text is painted. */
export const TEXT_PAINTED = 'bench: first story text painted';

/** Runs in the page: must not use anything from outside its own body. `figure`: the one to click. */
export function installProbe(figure: string, textPaintedMessage: string): void {
  const record: ProbeRecord = { marks: {}, pressed: {}, choicePaints: [] };
  (window as unknown as { __bench: ProbeRecord }).__bench = record;
  // Told to the harness once the first story text is painted, as a console message: it waits for that
  // rather than polling, which would run its own script in the page while the page starts up.
  const textPainted = (): void => console.debug(textPaintedMessage);
  const click = (element: Element): void => {
    for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'pointerup'])
      element.dispatchEvent(
        new PointerEvent(type, { bubbles: type !== 'pointerenter', pointerType: 'mouse', isPrimary: true }),
      );
    (element as HTMLElement).click();
  };
  // After the frame that paints what is on screen now: a requestAnimationFrame callback, then a task.
  // Asked for only when there is something to watch: a frame loop of its own would put the page on a
  // 60 Hz frame clock, so that every change waited for the loop's next frame (up to 16.7 ms) when
  // Chromium would otherwise draw it at once. The game runs its deliberately after-paint work (the
  // autosave, the flowchart's record, the lookahead) at background priority, after this task.
  const afterPaint = (task: () => void): void => {
    requestAnimationFrame(() => setTimeout(task, 0));
  };
  const hasText = (sel: string) => (): Element | null => {
    const e = document.querySelector(sel);
    return e && (e.textContent ?? '').trim() ? e : null;
  };
  const watched: { name: string; find: () => Element | null; click: boolean }[] = [
    { name: 'title', find: () => document.querySelector(`[data-figure="${figure}"]`), click: true },
    { name: 'briefing', find: () => document.querySelector('#begin'), click: true },
    { name: 'text', find: hasText('.page p'), click: false },
    {
      name: 'map',
      find: () => document.querySelector('.map-panel:not([hidden]) canvas'),
      click: false,
    },
  ];
  const pending = new Set<string>();
  let keyDown: number | null = null;

  const look = (): void => {
    for (const w of watched) {
      if (w.name in record.marks || pending.has(w.name)) continue;
      const element = w.find();
      if (!element) continue;
      pending.add(w.name);
      afterPaint(() => {
        record.marks[w.name] = performance.now();
        if (w.name === 'text') textPainted();
        if (w.click) click(element);
      });
    }
    if (keyDown !== null) {
      const start = keyDown;
      keyDown = null;
      afterPaint(() => record.choicePaints.push(performance.now() - start));
    }
    if (!('sound' in record.marks) && 'text' in record.marks && '__uwSound' in window)
      record.marks.sound = performance.now();
  };

  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  // The sound leaves no mark in the page: look for it now and then.
  setInterval(look, 25);
  addEventListener(
    'pointerdown',
    (e) => {
      const on = e.target as Element | null;
      if (on?.closest?.('#begin')) record.pressed.begin = e.timeStamp;
      if (on?.closest?.('[data-figure]')) record.pressed.figure = e.timeStamp;
    },
    true,
  );
  addEventListener(
    'keydown',
    (e) => {
      if (/^[1-9]$/.test(e.key)) keyDown = e.timeStamp;
    },
    true,
  );
}

/**
 * The probe as an init script's source. tsx compiles this file keeping function
 * names, which wraps functions in a `__name` helper the page does not have: the
 * script brings a stand-in for it.
 */
export function probeScript(figure: string): string {
  return `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(figure)}, ${JSON.stringify(TEXT_PAINTED)});`;
}
