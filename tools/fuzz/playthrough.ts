/**
 * One seeded random playthrough of a figure's campaign, through the real app
 * controller and game session, on in-memory storage and a fake clock. Between
 * choices it reloads and continues, undoes, saves to a slot and loads it, and
 * re-imports its own exported save, checking the invariants (invariants.ts)
 * after every action. The seed fixes every decision, so a failure is replayed
 * by running the same seed again.
 */
import { seededRandom } from '../seeded.ts';
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import { ready } from '../../src/app/lazy';
import type { FigureId } from '../../src/core/figures';
import type { Clock, StorySource } from '../../src/core/ports';
import { peekAutosave } from '../../src/persistence/autosavePeek';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { MANUAL_SLOTS, SaveStore } from '../../src/persistence/saveStore';
import { eventProblems, screenDifference, screenOf, type Screen } from './invariants.ts';

export type FuzzResult =
  | { ok: true; figure: FigureId; seed: number; ending: string; actions: string[] }
  | { ok: false; figure: FigureId; seed: number; actions: string[]; problem: string };

/** How often each action is drawn at a page with choices; the rest of the time a choice is taken. */
const ODDS = { reload: 0.06, undo: 0.06, slot: 0.06, reimport: 0.06 };
/** A run that has not ended after this many actions is stuck in a loop. */
const MAX_ACTIONS = 400;

/** A clock that moves a millisecond per reading, from a fixed date: saves are stamped, never by the real time. */
function fakeClock(): Clock {
  let ms = 0;
  return { now: () => ++ms, date: () => new Date(Date.UTC(1938, 6, 29) + ++ms) };
}

export async function fuzzPlaythrough(
  story: StorySource,
  figure: FigureId,
  seed: number,
): Promise<FuzzResult> {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const clock = fakeClock();
  const storage = new MemoryStorage();
  const saves = ready(new SaveStore(storage, clock));
  const problems: string[] = [];
  /** A controller as the page builds one, over the same storage; a reload builds another. */
  const openApp = (): AppController => {
    const app = new AppController({
      // The story given holds every campaign.
      stories: () => Promise.resolve(story),
      saves,
      peekAutosave: () => peekAutosave(storage),
      clock,
      rng: { nextSeed: () => seed },
    });
    app.subscribe((event) => problems.push(...eventProblems(event, figure)));
    autosaveOnEvents(app, saves, (task) => task());
    return app;
  };
  const actions: string[] = [];
  const failed = (problem: string): FuzzResult => ({ ok: false, figure, seed, actions, problem });
  /** Takes an action and returns the first problem it showed, if any. */
  const act = async (name: string, command: () => unknown): Promise<string | null> => {
    actions.push(name);
    await command();
    return problems[0] ?? null;
  };
  /** Takes an action that must come back to the screen it left. */
  const roundTrip = async (name: string, command: () => unknown): Promise<string | null> => {
    const before = screenOf(app);
    const problem = await act(name, command);
    const difference = screenDifference(before, screenOf(app));
    return problem ?? (difference && `${name} did not give the same screen: ${difference}`);
  };

  let app = openApp();
  /** The screen before each choice of the run, to compare with what an undo gives back. */
  const screensBefore: Screen[] = [];
  let endingUndone = false;
  let problem = await act(`new game ${figure}`, () => app.newGame(figure));
  for (let n = 0; !problem && n < MAX_ACTIONS; n++) {
    const state = app.state;
    if (state.kind === 'title') return failed('back at the title in the middle of a run');
    const undoable = app.canUndo();
    const roll = random();
    if (state.kind === 'ended') {
      // Now and then take the ending back and play on: undo works from an ending too.
      if (endingUndone || !undoable || roll > 0.3)
        return { ok: true, figure, seed, ending: state.ending, actions };
      endingUndone = true;
    }
    if (state.kind === 'ended' || (roll < ODDS.undo && undoable)) {
      const expected = screensBefore.pop() ?? null;
      problem = await act('undo', () => app.undo());
      const difference = screenDifference(expected, screenOf(app));
      problem ??= difference && `undo did not give the screen before the choice: ${difference}`;
    } else if (roll < ODDS.undo + ODDS.reload) {
      problem = await roundTrip('reload and Continue', async () => {
        app = openApp();
        await app.toTitle();
        await app.continueSaved();
      });
    } else if (roll < ODDS.undo + ODDS.reload + ODDS.slot) {
      const slot = MANUAL_SLOTS[pick(MANUAL_SLOTS.length)]!;
      problem = await roundTrip(`save to slot ${slot} and load it`, async () => {
        await app.saveToSlot(slot);
        await app.loadSlot(slot);
      });
    } else if (roll < ODDS.undo + ODDS.reload + ODDS.slot + ODDS.reimport) {
      problem = await roundTrip('export the save and import it', async () => {
        const file = await app.exportSave();
        if (!file) throw new Error('no save to export while playing');
        await app.importSave(file.text);
      });
    } else {
      const choices = state.session.page.choices;
      const index = pick(choices.length);
      screensBefore.push(screenOf(app)!);
      problem = await act(`choose ${index + 1} "${choices[index]}"`, () => app.choose(index));
    }
  }
  return failed(problem ?? `no ending after ${MAX_ACTIONS} actions`);
}

/** A failure as a person reads it: what broke, and how to run it again. */
export function describeFailure(result: Extract<FuzzResult, { ok: false }>): string {
  return [
    `FAIL ${result.figure} seed ${result.seed}: ${result.problem}`,
    `  reproduce: npm run fuzz -- --runs 1 --seed ${result.seed} --figure ${result.figure}`,
    '  actions:',
    ...result.actions.map((a, i) => `    ${i + 1}. ${a}`),
  ].join('\n');
}
