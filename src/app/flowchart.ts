/**
 * The flowchart's app side: records every decision the player reaches (with
 * the exact state of its first arrival, within the store's bound) and every
 * option taken, and turns a chosen decision into the controller's jump. A
 * subscriber, like autosave: the state is serialised after the page is painted.
 */
import {
  canStoreState,
  flowchart,
  markStored,
  markTaken,
  pathKey,
  pathTexts,
  reach,
  runPath,
  type Flowchart,
} from '../core/decisionGraph';
import type { FigureId } from '../core/figures';
import type { RunRecord } from '../core/run';
import type { DecisionStore } from '../persistence/decisionStore';
import type { AfterPaint } from './autosave';
import type { AppController } from './controller';
import type { AppEvent } from './events';

export class FlowchartService {
  constructor(
    private readonly app: AppController,
    private readonly store: DecisionStore,
    /** The story version of a figure's campaign now (the build's campaign hashes): the graph is kept per version. */
    private readonly storyVersion: (figure: FigureId) => string,
  ) {}

  /** Records decisions and options taken from the app's events, after the page is painted. */
  record(afterPaint: AfterPaint): () => void {
    return this.app.subscribe((event) => {
      if (event.type === 'page' || event.type === 'ending') afterPaint(() => this.arrive(event));
    });
  }

  /** The flowchart of the run on screen and its figure, or null at the title. */
  current(): { figure: FigureId; chart: Flowchart } | null {
    const state = this.app.state;
    if (state.kind === 'title') return null;
    const { run } = state.session;
    return { figure: run.figure, chart: flowchart(this.store.graph(run.storyHash, run.figure), run) };
  }

  /** Every decision a figure has reached in this story version (the title's Practice). */
  of(figure: FigureId): Flowchart {
    return flowchart(this.store.graph(this.storyVersion(figure), figure), null);
  }

  /** Returns to a decision (by its path key) as it was first reached: resolves once it is shown (or refused). */
  async jump(figure: FigureId, key: string): Promise<void> {
    const hash = this.storyVersion(figure);
    const graph = this.store.graph(hash, figure);
    const node = graph.nodes[key];
    if (!node) return;
    const state = node.stored ? this.store.state(hash, figure, node) : null;
    if (state) return this.app.jumpTo({ kind: 'state', state });
    // No stored state (past the bound, or damaged): replay the options that led there.
    const texts = pathTexts(graph, node.path);
    if (texts) return this.app.jumpTo({ kind: 'replay', run: replayRun(hash, figure, node, texts) });
    this.app.emit({ type: 'notice', level: 'error', message: 'That decision can no longer be returned to.' });
  }

  /** Marks the option that led here, records the decision reached and, the first time, its state. */
  private arrive(event: Extract<AppEvent, { type: 'page' | 'ending' }>): void {
    const { run } = event;
    const hash = run.storyHash;
    const path = runPath(run);
    let graph = this.store.graph(hash, run.figure);
    const before = graph;
    const last = path[path.length - 1];
    if (last !== undefined) graph = markTaken(graph, path.slice(0, -1), last);
    if (event.type === 'page')
      graph = reach(graph, {
        path,
        chapter: event.page.chapter,
        chapterTitle: event.page.chapterTitle,
        options: event.page.choices,
        seed: run.seed,
        startedAt: run.startedAt,
      });
    if (graph !== before) this.store.saveGraph(hash, run.figure, graph);
    if (event.type === 'page' && canStoreState(graph, path)) this.storeState(run, path);
  }

  /** Stores the first arrival's state, if the player is still there. */
  private storeState(run: RunRecord, path: number[]): void {
    const state = this.app.state;
    if (state.kind !== 'playing' || state.session.run !== run) return;
    const graph = this.store.graph(run.storyHash, run.figure);
    const node = graph.nodes[pathKey(path)];
    if (!node || !canStoreState(graph, path)) return;
    if (this.store.saveState(run.storyHash, run.figure, node, state.session.snapshot()))
      this.store.saveGraph(run.storyHash, run.figure, markStored(graph, path));
  }
}

/** The run a replay to a decision takes: its first arrival's seed and the options before it. */
function replayRun(
  hash: string,
  figure: FigureId,
  node: { path: number[]; seed: number; startedAt: string },
  texts: string[],
): RunRecord {
  return {
    figure,
    seed: node.seed,
    storyHash: hash,
    startedAt: node.startedAt,
    startMeters: {},
    choices: texts.map((text, i) => ({ index: node.path[i]!, text, chapter: '', meters: {} })),
  };
}
