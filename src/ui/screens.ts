/**
 * The DOM renderer: subscribes to the app's events and shows the title, the
 * reading page with its HUD, the ending, and notices. It holds no rules: what
 * to show comes from the events and from core; what the player does goes back
 * to the controller as commands.
 */
import { ENDINGS, endingsOf, type EndingText } from '../core/endings';
import { figureById, type FigureId } from '../core/figures';
import { changeMarkers } from '../core/changeMarkers';
import { visibleMeters, type MeterReading } from '../core/meters';
import { settlingRuleText } from '../core/settling';
import { whereabouts } from '../core/page';
import { lastChoiceDeltas } from '../core/run';
import type { AppController } from '../app/controller';
import type { Lazy } from '../app/lazy';
import type { AppEvent, SavedRunSummary } from '../app/events';
import type { OpeningPage } from '../core/opening';
import { openBriefing, renderBriefing } from './briefing';
import { openCodex } from './codexView';
import { replayEarlyClick, takeEarlyBriefing, takeEarlyOpening, type EarlyOpening } from './earlyInput';
import { download } from './download';
import type { EndingsCollected } from './endingsView';
import { hudModelOf, type HudSource } from './hudModel';
import { mountPageView, openingSource, pageModels, type PageView } from './pageView';
import { openMenu } from './menu';
import { openingOf } from './openingPages';
import { notify } from './notices';
import { afterPaint, afterPaintInBackground, whenQuiet } from './browserPorts';
import { keepAside } from './dom';
import { bookFacesOn } from './bookFaces';
import { announcement } from './reader';
import type * as LateScreens from './lateScreens';
import type { SlotActions } from './slotsView';
import { keepPristineTitle, renderTitle } from './titleScreen';
import { typewrite } from './typewriter';

/** What the screens read of the player's collection. */
export interface CollectionView {
  endingsReached(): string[];
  endingTexts(): Record<string, EndingText>;
  codexUnlocked(): string[];
}

type PageEvent = Extract<AppEvent, { type: 'page' }>;
type EndingEvent = Extract<AppEvent, { type: 'ending' }>;
type EndingAheadEvent = Extract<AppEvent, { type: 'endingAhead' }>;

/** What drawing a page takes: from the controller's page event, or from a prebuilt opening. */
interface PageDrawing extends HudSource {
  reason: PageEvent['reason'];
}

/** What the screens need from the player's settings. */
export interface ScreenOptions {
  openSettings: () => void;
  /** Characters per second for new text; 0 shows it at once. */
  textSpeed: () => number;
  /** The flowchart of the run on screen (menu), and Practice (title). */
  openFlowchart: () => void;
  openPractice: () => void;
  /** Opens speedrun mode's category select (a title-screen control). */
  onSpeedrun?: () => void;
  /** The ending screen and the dialogs the player opens (lateScreens.ts): loaded before a run goes live. */
  lateScreens: Lazy<typeof LateScreens>;
}

export function mountScreens(
  root: HTMLElement,
  app: AppController,
  collection: CollectionView,
  options: ScreenOptions,
): () => void {
  /** Shows the passage still being typed in full: called before anything replaces it. */
  let finishTyping = (): void => undefined;
  // The book's faces at the first quiet moment, or once a story's first page is painted (bookFaces.ts).
  whenQuiet(bookFacesOn);
  // The codex's entries are the largest text the title could need: they load when it is opened.
  const codex = (): void =>
    void import('../core/codex').then(({ CODEX }) => openCodex(CODEX, new Set(collection.codexUnlocked())));
  /**
   * Uses the late screens (lateScreens.ts): at once when they are loaded, as they are whenever a run
   * is in play, so an ending shows in its choice's frame; otherwise once they arrive.
   */
  function withLate(use: (late: typeof LateScreens) => void): void {
    const late = options.lateScreens.now();
    if (late) return use(late);
    options.lateScreens
      .get()
      .then(use, (e: unknown) =>
        notify(
          `This part of the game could not be loaded (${e instanceof Error ? e.message : String(e)}). Check your connection and try again.`,
          'error',
          10000,
        ),
      );
  }
  const collected = (): EndingsCollected => ({
    reached: new Set(collection.endingsReached()),
    texts: collection.endingTexts(),
  });

  const slotActions = (inPlay: boolean): SlotActions => ({
    slots: () => app.slots(),
    onSave: inPlay ? (slot) => app.saveToSlot(slot) : null,
    onLoad: (slot) => app.loadSlot(slot),
    onDelete: (slot) => app.deleteSlot(slot),
    onExport: (slot) => void app.exportSlot(slot).then((file) => file && downloadAndTell(file)),
    onExportAll: () => void app.exportAllSlots().then(downloadAndTell),
    onImport: (file, slot) => file.text().then((text) => app.importSlots(text, slot)),
  });

  function showTitle(saved: SavedRunSummary | null): void {
    // A figure clicked on index.html's title before the app ran: the page's inline script has put
    // its briefing on screen already, which the app takes over as it is (and Begin, if pressed).
    const early = takeEarlyBriefing();
    if (early) {
      keepPristineTitle(early.title);
      const back = (): void => showTitle(saved);
      // …or, Begin pressed on it, the campaign's opening page: the campaign starts from there.
      if (early.opened) {
        prefetchFigure(early.figure);
        return begin(early.figure, back);
      }
      root.setAttribute('aria-busy', 'false');
      brief(early.figure, back);
      if (early.begun) begin(early.figure, back);
      return;
    }
    const reached = new Set(collection.endingsReached());
    renderTitle(root, {
      continueLabel: saved ? continueLabel(saved) : null,
      runInProgress: saved ? runInProgress(saved) : null,
      onContinue: () => void app.continueSaved(),
      // The briefing comes first; only Begin starts the campaign (and replaces the autosave).
      // The campaign loads while the player reads it.
      onNewGame: (figure) => brief(figure, () => showTitle(saved)),
      onPrefetch: prefetchFigure,
      onCodex: codex,
      onEndings: () => withLate((late) => late.openEndings(ENDINGS, collected())),
      onImport: (file) => void file.text().then((text) => app.importSave(text)),
      onSaves: () => withLate((late) => late.openSlots(slotActions(false))),
      onSettings: options.openSettings,
      onPractice: options.openPractice,
      onSpeedrun: options.onSpeedrun,
      endingsCount: (figure) => {
        const mine = endingsOf(figure);
        return { reached: mine.filter((e) => reached.has(e.id)).length, total: mine.length };
      },
    });
    root.setAttribute('aria-busy', 'false');
    // A click on the title the build prerendered, made before the app was running, acts now. Otherwise
    // the title takes the focus (a title on its way out is not focused: that would lay it out again).
    if (!replayEarlyClick(root))
      (root.querySelector('#continue') ?? root.querySelector('[data-figure]'))?.closest('button')?.focus();
  }

  /**
   * A figure pointed at, focused or briefed: its campaign (the controller waits for a quiet moment),
   * and its prebuilt opening page (a few KB), so that even a quick Begin shows that page at once.
   */
  function prefetchFigure(figure: FigureId): void {
    app.prefetch(figure);
    void openingOf(figure);
  }

  /**
   * A figure's briefing: only its Begin starts the campaign (and replaces the autosave).
   * The campaign, and its prebuilt opening page, load while the player reads it.
   */
  function brief(figure: FigureId, back: () => void): void {
    prefetchFigure(figure);
    renderBriefing(root, figure, () => begin(figure, back), back);
  }

  /**
   * The prebuilt opening page on screen, its choices not live, until the
   * controller's first page (reason 'start') takes its place: null otherwise.
   */
  let provisional: OpeningPage | null = null;

  /**
   * Begin: the campaign starts. Its opening page (a few KB, fetched with the
   * briefing if not before) is shown at once, as the controller will show it,
   * its choices disabled (clicks and number keys on them do nothing until they
   * are live), and the game starts after that paint, in the background: on a
   * cold page, parsing and starting the story is the longest task there is,
   * and the player reads meanwhile. A campaign without a prebuilt opening
   * starts at once. If the start fails (the player was told why), the
   * briefing comes back.
   */
  function begin(figure: FigureId, back: () => void): void {
    // The briefing, or the opening page index.html's inline script showed on its Begin.
    const from = root.querySelector(':scope > main.briefing, :scope > main.reader');
    void openingOf(figure).then((opening) => {
      // A second press of Begin, or Back, came first.
      if (!from?.isConnected) return;
      if (!opening) return void app.newGame(figure);
      provisional = opening;
      drawPage({ ...openingSource(opening), reason: 'start' });
      afterPaintInBackground(() => {
        // The player may have left the page meanwhile (the menu's title).
        if (provisional !== opening) return;
        void app.newGame(figure).then(() => {
          if (provisional === opening && onScreen?.reader.element.isConnected) {
            provisional = null;
            renderBriefing(root, figure, () => begin(figure, back), back);
          }
        });
      });
    });
  }

  /** Whether this page is the one the provisional opening on screen showed: then it only goes live. */
  function livens(event: AppEvent): boolean {
    if (!provisional || event.type !== 'page' || event.reason !== 'start') return false;
    const { page, run } = event;
    const shown = provisional;
    return (
      run.figure === shown.figure &&
      JSON.stringify([page.lines, page.choices, page.chapterTitle, whereabouts(page)]) ===
        JSON.stringify([
          shown.page.lines,
          shown.page.choices,
          shown.page.chapterTitle,
          whereabouts(shown.page),
        ]) &&
      onScreen?.reader.element.isConnected === true
    );
  }

  /** The run on screen's HUD and reader, which a choice's page updates in place. */
  let onScreen: (PageView & { meters: MeterReading[] }) | null = null;

  function showPage({ page, run, vars, reason }: PageEvent): void {
    const markers = changeMarkers(run.figure, lastChoiceDeltas(run));
    drawPage({ figure: run.figure, page, vars, markers, canUndo: app.canUndo(), reason });
  }

  /** Draws a page: the controller's, or (with `reason` 'start' and `provisional` set) the prebuilt opening. */
  function drawPage({ reason, ...source }: PageDrawing): void {
    const { figure, page, vars } = source;
    const waiting = provisional !== null;
    const meters = visibleMeters(figure, vars);
    const models = pageModels(source, waiting);
    const readerModel = models.reader;
    // The same page, shown ahead by index.html's inline script: the app's takes its place as it is.
    let early: EarlyOpening | null = null;
    // A choice continues the page on screen: only what it changed is drawn.
    if (reason === 'choice' && onScreen?.reader.element.isConnected) {
      onScreen.meters = meters;
      // The reader first: it reads where its page ends from the last frame's layout, still clean.
      onScreen.reader.update(readerModel);
      onScreen.hud.update(models.hud);
    } else {
      // (Or the page of a campaign whose prebuilt opening did not come: the same page, its choices live.)
      early = takeEarlyOpening(root);
      const view: NonNullable<typeof onScreen> = {
        meters,
        ...mountPageView(models, (i) => app.choose(i), {
          onCodex: codex,
          onMenu: () =>
            openMenu({
              onFlowchart: options.openFlowchart,
              onExport: () => void app.exportSave().then((file) => file && downloadAndTell(file)),
              onTitle: () => app.toTitle(),
            }),
          onHelp: () => withLate((late) => late.openMetersHelp(view.meters, settlingRuleText())),
          onBriefing: () => openBriefing(figure),
          onUndo: () => app.undo(),
          onHistory: () => withLate((late) => late.openHistory(app.history())),
          onSaves: () => withLate((late) => late.openSlots(slotActions(true))),
          onSettings: options.openSettings,
        }),
      };
      onScreen = view;
      root.replaceChildren(...view.elements);
      // A page drawn anew: its frame lays out only the lines in view (styles.css), the rest after it.
      // Not over the page shown ahead: laid out in full, as that was, it keeps the place read to.
      const reader = view.reader.element;
      if (!early) reader.classList.add('arriving');
      afterPaint(() => {
        reader.classList.remove('arriving');
        // Scrolled to by the lines' stand-in heights: now by their own.
        view.reader.revealFocusedChoice();
        // A player who clicked through before any quiet moment gets the book's faces now (bookFaces.ts).
        bookFacesOn();
        // In those faces, the type the run shows later, ahead of its first choice (typeSpecimen.ts).
        // Unseen work, so a failed load is not told here: the run's own start waits for it and says so.
        options.lateScreens.get().then(
          (late) => late.setTypeSpecimen(figure),
          () => undefined,
        );
      });
    }
    const { reader, announcer } = onScreen;
    // The opening page shown ahead is busy until its story is ready.
    root.setAttribute('aria-busy', String(waiting));
    // Only a step of play types; a restored or undone page is shown as it was.
    if (reason === 'start' || reason === 'choice')
      finishTyping = typewrite(
        [...(reader.element.querySelector('.page')?.children ?? [])].slice(page.newFrom) as HTMLElement[],
        options.textSpeed(),
      );
    // Announced after the paint, so screen readers notice the change, and its text is laid out in a later frame;
    // the opening shown ahead is announced once, when it goes live.
    if (!waiting)
      afterPaint(() => {
        announcer.textContent = announcement(readerModel);
      });
    // The focus moves, and the text scrolls, in the frame that lays the new text out anyway:
    // doing either now would lay the page out once more before it.
    const focused = document.activeElement;
    requestAnimationFrame(() => {
      if (!reader.element.isConnected) return;
      // The focus, and a press made on the page shown ahead, go to the same places on this one;
      // it had put the focus on its first line and scrolled to its top, unless the app came first.
      if (early?.carryOver(root)) return;
      // Unless a subscriber has put the focus elsewhere since (speedrun's skip to the choices).
      const moved = document.activeElement !== focused && document.activeElement !== document.body;
      // A focus put elsewhere keeps the view it brought (on a page drawn anew, once laid out: above).
      if (moved) return;
      const first = reader.focusFirstNew();
      // A new page starts at the top; more text, if out of view, is brought to the middle of it,
      // as focusing it with scrolling would have done.
      if (page.newFrom === 0) window.scrollTo({ top: 0 });
      else if (first) {
        const { top, bottom } = first.getBoundingClientRect();
        if (top < 0 || bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
      }
    });
  }

  function showEnding(e: EndingEvent): void {
    withLate((late) => {
      // A run in play has them, so this draws at once; were they still on their way, the ending is
      // drawn when they come, unless the player has left it meanwhile.
      if (app.state.kind === 'ended' && app.state.ending === e.id) drawEnding(late, e);
    });
  }

  /**
   * Ending screens prepared while the player reads, for the options on screen
   * that end the run (`endingAhead`): built and laid out, unseen, at the top of
   * the root, with the collection as recording that ending will leave it. The
   * ending's frame then only reveals one: building the screen there (its chart,
   * debrief and endings) and styling it took 25–51 ms (`npm run bench`).
   */
  let endingsAhead: {
    event: EndingAheadEvent;
    screen: HTMLElement;
    collected: EndingsCollected;
    restoreIds: () => void;
  }[] = [];

  /** Drops the ending screens prepared for a page the player has left: after the paint, as unseen work. */
  function dropEndingsAhead(): void {
    const screens = endingsAhead.map((p) => p.screen);
    endingsAhead = [];
    if (screens.length > 0) afterPaintInBackground(() => screens.forEach((s) => s.remove()));
  }

  function prepareEnding(e: EndingAheadEvent): void {
    const late = options.lateScreens.now();
    if (!late || !onScreen?.reader.element.isConnected) return;
    const text = { aftermath: e.aftermath, epilogue: e.epilogue };
    // As the collection will list them once it has recorded this ending (the ending's frame checks it did).
    const now = collected();
    const then: EndingsCollected = {
      reached: new Set([...now.reached, e.id]),
      texts: { ...now.texts, [e.id]: text },
    };
    const screen = endingScreen(late, { ...e, type: 'ending' }, then);
    screen.className = 'ending-ahead';
    screen.setAttribute('aria-hidden', 'true');
    // Its ids (the title the ending focuses, the headings its sections are named by) are the page's, and
    // its controls the keyboard's, only once shown.
    const restoreIds = keepAside(screen, `-ahead-${e.option}`);
    root.prepend(screen);
    endingsAhead.push({ event: e, screen, collected: then, restoreIds });
  }

  function endingScreen(
    { renderEnding, endingModel }: typeof LateScreens,
    e: EndingEvent,
    collectedThen: EndingsCollected,
  ): HTMLElement {
    const figure = e.run.figure;
    return renderEnding(
      endingModel({
        run: e.run,
        endingId: e.id,
        finalVars: e.vars,
        text: { aftermath: e.aftermath, epilogue: e.epilogue },
        collected: collectedThen,
      }),
      () => brief(figure, () => app.toTitle()),
      () => app.toTitle(),
      () => {
        const file = app.exportRun();
        if (file) downloadAndTell(file);
      },
    );
  }

  function drawEnding(late: typeof LateScreens, e: EndingEvent): void {
    const now = collected();
    const ready = endingsAhead.find(
      (p) =>
        // The very run told ahead (the session takes it as the choice's): the same option taken from
        // the same page, so the same ending, variables and text.
        p.event.run === e.run && sameCollection(p.collected, now),
    );
    let screen: HTMLElement;
    if (ready) {
      // Laid out already: the run's screen goes out of the layout, the ending comes in, and what
      // was left is removed after the paint.
      const leaving = [...root.children].filter(
        (c): c is HTMLElement => c !== ready.screen && c instanceof HTMLElement,
      );
      // The run's screen stays for this frame below the ending, which fills the view from the top
      // (taking it out of the layout restyled all of it: 4–10 ms), and goes after the paint. Hidden from
      // assistive technology now, its #main the ending's; its choices go at once (a handful of
      // elements), so that an ending offers none.
      for (const child of leaving) {
        child.setAttribute('aria-hidden', 'true');
        child.removeAttribute('id');
      }
      root.querySelector('.choices')?.remove();
      afterPaintInBackground(() => leaving.forEach((c) => c.remove()));
      endingsAhead = [];
      screen = ready.screen;
      ready.restoreIds();
      screen.className = 'ending-screen';
      screen.removeAttribute('aria-hidden');
    } else {
      endingsAhead = [];
      screen = endingScreen(late, e, now);
      root.replaceChildren(screen);
      // In the frame that shows it, only what is in view is laid out (styles.css).
      screen.classList.add('arriving');
      afterPaint(() => screen.classList.remove('arriving'));
    }
    // In the frame's own layout, as for a page: the ending starts at the top, its title focused
    // unless a subscriber has put the focus elsewhere since (speedrun's result).
    const focused = document.activeElement;
    requestAnimationFrame(() => {
      const moved = document.activeElement !== focused && document.activeElement !== document.body;
      if (!moved) screen.querySelector<HTMLElement>('#ending-title')?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    });
  }

  /**
   * The controller's first page over the opening shown ahead, the same text: the
   * lines on screen stay as they are (still typing, focus where it is), the
   * choices go live, the HUD takes the real run, and the page is announced.
   */
  function goLive({ page, run, vars }: PageEvent): void {
    provisional = null;
    const view = onScreen!;
    view.meters = visibleMeters(run.figure, vars);
    view.hud.update(
      hudModelOf({
        figure: run.figure,
        page,
        vars,
        markers: changeMarkers(run.figure, lastChoiceDeltas(run)),
        canUndo: app.canUndo(),
      }),
    );
    view.reader.goLive();
    root.setAttribute('aria-busy', 'false');
    afterPaint(() => {
      view.announcer.textContent = announcement({
        lines: page.lines,
        choices: page.choices,
        newFrom: page.newFrom,
      });
    });
  }

  return app.subscribe((event) => {
    if (event.type === 'page' && livens(event)) return goLive(event);
    if (event.type === 'title' || event.type === 'page' || event.type === 'ending') {
      finishTyping();
      provisional = null;
    }
    // Ending screens prepared for the page left (an ending takes its own first).
    if (event.type === 'title' || event.type === 'page') dropEndingsAhead();
    switch (event.type) {
      case 'title':
        return showTitle(event.saved);
      case 'page':
        return showPage(event);
      case 'ending':
        return showEnding(event);
      case 'pageAhead':
        // A page the player may choose next, laid out unseen while they read.
        if (onScreen?.reader.element.isConnected) onScreen.reader.prepare(event.page);
        return;
      case 'endingAhead':
        return prepareEnding(event);
      case 'notice':
        return notify(event.message, event.level, event.level === 'info' ? 9000 : 10000);
      case 'saveFailed':
        return notify(event.message, 'warning', 10000);
      case 'storyError':
        for (const m of event.messages) console.error(`Story error: ${m}`);
        return notify(
          `${event.rolledBack ? 'The story hit an error, and your last choice was undone' : 'The story reported an error'}: ${event.messages.join(' ')}`,
          'error',
          15000,
        );
      case 'storyWarning':
        for (const m of event.messages) console.warn(`Unknown story tag: ${m}`);
        return;
      default:
        return;
    }
  });
}

/** Whether two views of the collection list the same endings, with the same texts. */
function sameCollection(a: EndingsCollected, b: EndingsCollected): boolean {
  return (
    a.reached.size === b.reached.size &&
    [...a.reached].every((id) => b.reached.has(id)) &&
    JSON.stringify(a.texts) === JSON.stringify(b.texts)
  );
}

/** Saves a file through the browser's download and tells the player its name. */
function downloadAndTell(file: { fileName: string; text: string }): void {
  download(file);
  notify(`Saved ${file.fileName} to your downloads.`);
}

/** "Grigori Shtern at SH-3 Zaozyornaya": the run a new campaign would replace. */
function runInProgress(saved: SavedRunSummary): string {
  const name = figureById(saved.figure)?.name ?? saved.figure;
  return `${name} at ${[saved.chapter, saved.chapterTitle].filter(Boolean).join(' ') || 'the beginning'}`;
}

/** "Grigori Shtern — Zaozyornaya, 8–28 July 1938": what Continue resumes. */
function continueLabel(saved: SavedRunSummary): string {
  const name = figureById(saved.figure)?.name ?? (saved.figure satisfies FigureId);
  const where = saved.chapterTitle || saved.chapter || 'the beginning';
  return `${name} — ${where}${saved.date ? `, ${saved.date}` : ''}`;
}
