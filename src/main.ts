/**
 * Composition root: wires the story, the state layer, persistence and the UI.
 * No game rules live here — only who talks to whom.
 */
import './ui/styles.css';
import { storyJson as builtStoryJson, storyHash as builtStoryHash } from 'virtual:story';
import { CODEX } from './core/codex';
import { ENDINGS, endingsOf } from './core/endings';
import { figureById } from './core/figures';
import { visibleMeters } from './core/meters';
import { lastChoiceDeltas } from './core/run';
import { GameSession } from './narrative/session';
import type { Screen } from './narrative/screen';
import { clearAutosave, readAutosave, writeAutosave } from './persistence/autosave';
import { openBrowserStorage } from './persistence/browserStorage';
import {
  codexUnlocked,
  endingsReached,
  endingTexts,
  recordEnding,
  unlockCodex,
} from './persistence/collection';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, serialiseSave, type SaveData } from './persistence/saveSchema';
import { openCodex } from './ui/codexView';
import { button, el } from './ui/dom';
import { openDialog } from './ui/dialog';
import { endingModel } from './ui/endingModel';
import { renderEnding } from './ui/endingScreen';
import { openEndings } from './ui/endingsView';
import { renderHud } from './ui/hud';
import { openMetersHelp } from './ui/metersHelp';
import { notify } from './ui/notices';
import { announcement, renderReader } from './ui/reader';
import { renderTitle } from './ui/titleScreen';

const app = document.getElementById('app')!;
const { storage, persistent } = openBrowserStorage();

let storyJson = builtStoryJson;
let storyHash = builtStoryHash;
let session: GameSession | null = null;
let view: 'title' | 'game' | 'ending' = 'title';

function newSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % 2147483647;
}

// ── Saving ──
function currentSave(s: GameSession): SaveData {
  const scr = s.screen;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    run: s.run,
    inkState: s.saveState(),
    screen: {
      lines: scr.lines,
      choices: scr.choices,
      chapter: scr.chapter,
      chapterTitle: scr.chapterTitle,
      date: scr.date,
      place: scr.place,
    },
  };
}

function autosave(s: GameSession): void {
  const result = writeAutosave(storage, currentSave(s));
  if (!result.ok) notify(result.message, 'warning', 10000);
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ── Restoring ──
function sessionFromSave(save: SaveData): GameSession | null {
  if (save.run.storyHash === storyHash) {
    try {
      return GameSession.restore(storyJson, storyHash, save.run, save.inkState, {
        ...save.screen,
        ending: null,
        codex: [],
        unknownTags: [],
      });
    } catch {
      /* fall through to a replay */
    }
  }
  // The story changed since this save: replay its choices on the new story.
  const { session: s, stoppedAt } = GameSession.replay(storyJson, storyHash, save.run);
  notify(
    stoppedAt === null
      ? 'The story has been updated since this save; your choices were replayed to the same place.'
      : `The story has been updated: ${stoppedAt} of your ${save.run.choices.length} choices still exist, and you are back at the last valid point.`,
    'info',
    9000,
  );
  return s;
}

// ── Screens ──
function showTitle(): void {
  view = 'title';
  session = null;
  const saved = readAutosave(storage);
  if (saved.kind === 'corrupt')
    notify(`${saved.message} Start a new game or import a save.`, 'warning', 10000);
  const label =
    saved.kind === 'ok'
      ? `${figureById(saved.save.run.figure)?.name ?? saved.save.run.figure} — ${saved.save.screen.chapterTitle || saved.save.screen.chapter || 'the beginning'}${saved.save.screen.date ? `, ${saved.save.screen.date}` : ''}`
      : null;
  const reached = new Set(endingsReached(storage));
  renderTitle(app, {
    continueLabel: label,
    onContinue: () => {
      const again = readAutosave(storage);
      if (again.kind !== 'ok') return showTitle();
      if (again.recovered && again.message) notify(again.message, 'warning');
      const s = sessionFromSave(again.save);
      if (s) startSession(s, true);
    },
    onNewGame: (figure) => startSession(GameSession.start(storyJson, storyHash, figure, newSeed()), false),
    onCodex: () => openCodex(CODEX, new Set(codexUnlocked(storage))),
    onEndings: () => openEndings(ENDINGS, { reached, texts: endingTexts(storage) }),
    onImport: (file) => void importSave(file),
    endingsCount: (figure) => {
      const mine = endingsOf(figure);
      return { reached: mine.filter((e) => reached.has(e.id)).length, total: mine.length };
    },
  });
  app.setAttribute('aria-busy', 'false');
  (app.querySelector('#continue') ?? app.querySelector('[data-figure]'))?.closest('button')?.focus();
}

async function importSave(file: File): Promise<void> {
  const parsed = parseSave(await file.text());
  if (!parsed.ok) return notify(parsed.message, 'error', 10000);
  const s = sessionFromSave(parsed.save);
  if (s) startSession(s, true);
}

function startSession(s: GameSession, restored: boolean): void {
  session = s;
  if (!restored) autosave(s);
  afterStep(s.screen, 0);
}

function afterStep(screen: Screen, newFrom: number): void {
  const s = session!;
  if (screen.codex.length) unlockCodex(storage, screen.codex);
  for (const t of screen.unknownTags) console.warn(`Unknown story tag: ${t}`);
  if (screen.ending) return showEnding(s, screen);
  view = 'game';
  renderGame(s, newFrom);
}

function renderGame(s: GameSession, newFrom: number): void {
  const figure = figureById(s.run.figure)!;
  const meters = visibleMeters(s.run.figure, s.variables());
  const deltas = lastChoiceDeltas(s.run);
  const screen = s.screen;
  const readerModel = { lines: screen.lines, choices: screen.choices, newFrom };
  const announcer = el('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', id: 'announcer' },
  });
  app.replaceChildren(
    renderHud(
      {
        figureName: figure.name,
        chapterTitle: screen.chapterTitle,
        date: screen.date,
        place: screen.place,
        meters,
        deltas,
      },
      () => openCodex(CODEX, new Set(codexUnlocked(storage))),
      () => openMenu(s),
      () => openMetersHelp(meters),
    ),
    renderReader(readerModel, choose),
    announcer,
  );
  app.setAttribute('aria-busy', 'false');
  // Announce after insertion so screen readers notice the change.
  requestAnimationFrame(() => {
    announcer.textContent = announcement(readerModel);
  });
  const first = app.querySelector<HTMLElement>('.first-new') ?? app.querySelector<HTMLElement>('.choice');
  first?.focus({ preventScroll: newFrom === 0 });
  if (newFrom === 0) window.scrollTo({ top: 0 });
}

function choose(index: number): void {
  const s = session;
  if (!s || view !== 'game' || index >= s.screen.choices.length) return;
  const before = s.screen;
  const after = s.choose(index);
  const sameChapter = after.chapter === before.chapter && !after.ending;
  // New text starts after the echo of the choice when the chapter goes on.
  const newFrom = sameChapter ? Math.min(before.lines.length + 1, after.lines.length) : 0;
  afterStep(after, newFrom);
  // Save after the new text is painted: serialising and validating the save
  // stays off the path from a choice to the next text.
  if (!after.ending) requestAnimationFrame(() => setTimeout(() => session === s && autosave(s), 0));
}

function showEnding(s: GameSession, screen: Screen): void {
  view = 'ending';
  const id = screen.ending!;
  // The last choice's aftermath arrives with the lead's page model; until then the epilogue is the whole text.
  const text = { aftermath: [], epilogue: screen.lines.filter((l) => l.kind === 'text').map((l) => l.text) };
  recordEnding(storage, id, text);
  clearAutosave(storage);
  app.replaceChildren(
    renderEnding(
      endingModel({
        run: s.run,
        endingId: id,
        finalVars: s.variables(),
        text,
        collected: { reached: new Set(endingsReached(storage)), texts: endingTexts(storage) },
      }),
      () => startSession(GameSession.start(storyJson, storyHash, s.run.figure, newSeed()), false),
      showTitle,
      () =>
        download(
          `undeclared-war-run-${s.run.figure}.json`,
          JSON.stringify({ ...s.run, ending: id }, null, 2),
        ),
    ),
  );
  app.querySelector<HTMLElement>('#ending-title')?.focus();
}

function openMenu(s: GameSession): void {
  const dialog = openDialog('Menu', [
    el('ul', { class: 'menu-list' }, [
      el('li', {}, [
        button('Export save', () =>
          download(`undeclared-war-${s.run.figure}.json`, serialiseSave(currentSave(s))),
        ),
      ]),
      el('li', {}, [
        button('Title screen', () => {
          dialog.close();
          showTitle();
        }),
      ]),
    ]),
    el('p', {
      class: 'menu-note',
      text: 'Your place is saved after every choice; Continue on the title screen brings you back.',
    }),
  ]);
}

// ── Keyboard: number keys 1–9 take a choice ──
document.addEventListener('keydown', (ev) => {
  if (view !== 'game' || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  if (document.querySelector('dialog[open]')) return;
  const target = ev.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
  if (/^[1-9]$/.test(ev.key)) {
    ev.preventDefault();
    choose(Number(ev.key) - 1);
  }
});

// ── Hot reload (dev): a saved .ink file replays the run to the same place ──
if (import.meta.hot) {
  import.meta.hot.on('ink:update', (update: { json: string; hash: string }) => {
    storyJson = update.json;
    storyHash = update.hash;
    if (view !== 'game' || !session) return notify('Story reloaded.');
    const { session: s, stoppedAt } = GameSession.replay(storyJson, storyHash, session.run);
    session = s;
    notify(
      stoppedAt === null
        ? 'Story reloaded — back at the same place.'
        : `Story reloaded — choice ${stoppedAt + 1} no longer exists; stopped at the last valid point.`,
      stoppedAt === null ? 'info' : 'warning',
    );
    autosave(s);
    afterStep(s.screen, 0);
  });
}

if (!persistent)
  notify(
    'Your browser blocks storage: play goes on, but progress is not saved. Use Menu → Export save.',
    'warning',
    12000,
  );
showTitle();
