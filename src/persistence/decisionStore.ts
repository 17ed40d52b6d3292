/**
 * Where the decision graph lives (core/decisionGraph.ts): one small value per
 * figure and story version for the graph, and one per stored decision state,
 * keyed by chapter and choice path. Only the current story version is kept: a
 * state from another version cannot be restored, so an older version's values
 * are removed when a new one is first recorded. Damaged data reads as empty.
 */
import { z } from 'zod';
import { EMPTY_GRAPH, pathKey, type DecisionGraph, type DecisionNode } from '../core/decisionGraph';
import type { FigureId } from '../core/figures';
import type { KeyValueStorage } from '../core/ports';
import { pageSchema, runSchema } from './saveSchema';
import type { SaveContent } from './saveStore';

const INDEX_KEY = 'uw.flow';
const graphKey = (hash: string, figure: FigureId): string => `uw.flow.${hash}.${figure}`;
const stateKey = (hash: string, figure: FigureId, node: Pick<DecisionNode, 'chapter' | 'path'>): string =>
  `${graphKey(hash, figure)}.${node.chapter}@${pathKey(node.path)}`;

const nodeSchema = z.object({
  path: z.array(z.number().int().min(0)),
  chapter: z.string(),
  chapterTitle: z.string(),
  options: z.array(z.string()),
  taken: z.array(z.number().int().min(0)),
  seed: z.number().int().min(0),
  startedAt: z.string(),
  stored: z.boolean(),
});
const graphSchema = z.object({ nodes: z.record(z.string(), nodeSchema) });
const stateSchema = z.object({ run: runSchema, inkState: z.string(), page: pageSchema });
/** The graphs stored: their story version and figure, so another version's can be removed. */
const indexSchema = z.array(z.object({ hash: z.string(), figure: z.string() }));

function readJson<T>(storage: KeyValueStorage, key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = storage.get(key);
    if (!raw) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes a value; false when storage is full or blocked (the flowchart then simply does not grow). */
function write(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.set(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export class DecisionStore {
  constructor(private readonly storage: KeyValueStorage) {}

  graph(hash: string, figure: FigureId): DecisionGraph {
    return readJson(this.storage, graphKey(hash, figure), graphSchema) ?? EMPTY_GRAPH;
  }

  saveGraph(hash: string, figure: FigureId, graph: DecisionGraph): boolean {
    this.keepOnly(hash, figure);
    return write(this.storage, graphKey(hash, figure), graph);
  }

  /** The exact state a decision was first reached in, or null (not stored, or damaged). */
  state(hash: string, figure: FigureId, node: DecisionNode): SaveContent | null {
    return readJson(this.storage, stateKey(hash, figure, node), stateSchema);
  }

  saveState(hash: string, figure: FigureId, node: DecisionNode, state: SaveContent): boolean {
    return write(this.storage, stateKey(hash, figure, node), state);
  }

  /** Registers this graph and removes every graph (and its states) of another story version. */
  private keepOnly(hash: string, figure: FigureId): void {
    const index = readJson(this.storage, INDEX_KEY, indexSchema) ?? [];
    if (index.some((g) => g.hash === hash && g.figure === figure)) return;
    const keep = index.filter((g) => g.hash === hash);
    for (const old of index.filter((g) => g.hash !== hash)) {
      const figure = old.figure as FigureId;
      const graph = this.graph(old.hash, figure);
      try {
        for (const node of Object.values(graph.nodes))
          if (node.stored) this.storage.remove(stateKey(old.hash, figure, node));
        this.storage.remove(graphKey(old.hash, figure));
      } catch {
        /* storage unavailable: nothing to remove */
      }
    }
    write(this.storage, INDEX_KEY, [...keep, { hash, figure }]);
  }
}
