/**
 * The route to each ending with the lowest estimated time, found properly: the
 * explorer's search records the graph of the states it explored (an edge per
 * choice taken from an expanded state, weighted by the words that step shows),
 * and a shortest-path search (Dijkstra) over that graph weights each edge by
 * its reading time plus a cost per choice. A fewest-choices route can read far
 * more than a longer one; this finds the one a runner would actually take.
 *
 * The search merges states on a key that keeps everything the future depends
 * on, so the shortest path over the merged graph is the shortest over all
 * routes the search covered.
 */
import type { Route, RouteNode } from './search.ts';

/** The reading speed the estimate assumes: a runner skimming prose they know. */
export const READING_WORDS_PER_MINUTE = 250;
/** What each choice costs besides its text: finding and pressing the option. */
export const SECONDS_PER_CHOICE = 2;

/** The estimated time of a route, in seconds. */
export function estimateSeconds(words: number, choices: number): number {
  return (words * 60) / READING_WORDS_PER_MINUTE + choices * SECONDS_PER_CHOICE;
}

/** A route's estimated time in seconds: its words and its number of choices. */
export const routeSeconds = (r: { words: number; choices: readonly number[] }): number =>
  estimateSeconds(r.words, r.choices.length);

/** An edge's cost: the words its step shows, read at the stated speed, plus the choice. */
const edgeSeconds = (words: number): number => estimateSeconds(words, 1);

/** A binary min-heap of node ids by cost (the priority queue of Dijkstra). */
class MinHeap {
  private ids: number[] = [];
  private costs: number[] = [];
  get size(): number {
    return this.ids.length;
  }
  push(id: number, cost: number): void {
    let i = this.ids.length;
    this.ids.push(id);
    this.costs.push(cost);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.costs[p]! <= cost) break;
      this.ids[i] = this.ids[p]!;
      this.costs[i] = this.costs[p]!;
      i = p;
    }
    this.ids[i] = id;
    this.costs[i] = cost;
  }
  /** The cheapest entry: [id, cost]. Only call when size > 0. */
  pop(): [number, number] {
    const top: [number, number] = [this.ids[0]!, this.costs[0]!];
    const lastId = this.ids.pop()!;
    const lastCost = this.costs.pop()!;
    const n = this.ids.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && this.costs[r]! < this.costs[l]! ? r : l;
        if (this.costs[c]! >= lastCost) break;
        this.ids[i] = this.ids[c]!;
        this.costs[i] = this.costs[c]!;
        i = c;
      }
      this.ids[i] = lastId;
      this.costs[i] = lastCost;
    }
    return top;
  }
}

/**
 * The explored state graph, recorded as the search runs: `state` for every
 * arrival at a state with choices (new or merged), `ending` for every arrival
 * at an ending. Nodes are the search's state nodes (one per state key), kept
 * by identity; edges are parallel number arrays, compact for a large story.
 */
export class StateGraph {
  private readonly ids = new Map<RouteNode, number>();
  /** Per node: the words of its root step when it is a root (a start), else -1. */
  private readonly rootWords: number[] = [];
  private readonly rootSeeds: number[] = [];
  /** Per edge: from node, to node (-1 - sink index for an ending), words shown, choice, its text. */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly words: number[] = [];
  private readonly choice: number[] = [];
  private readonly text: string[] = [];
  private readonly sinks = new Map<string, number>();
  private readonly rootEndings = new Map<string, RouteNode>();

  private id(node: RouteNode): number {
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.rootWords.length;
      this.ids.set(node, id);
      this.rootWords.push(node.parent ? -1 : node.words);
      this.rootSeeds.push(node.seed);
    }
    return id;
  }

  /** `arrival` (the route just taken) reached `state` (the state node it merged into, or itself). */
  state(arrival: RouteNode, state: RouteNode): void {
    if (!arrival.parent) return void this.id(state);
    this.edge(arrival, this.id(state));
  }

  /** `arrival` stopped at ending `id`. */
  ending(id: string, arrival: RouteNode): void {
    // A story that ends before its first choice: the root itself is the ending.
    if (!arrival.parent) return void this.rootEndings.set(id, arrival);
    let sink = this.sinks.get(id);
    if (sink === undefined) this.sinks.set(id, (sink = this.sinks.size));
    this.edge(arrival, -1 - sink);
  }

  private edge(arrival: RouteNode, to: number): void {
    const parent = arrival.parent!;
    this.from.push(this.id(parent));
    this.to.push(to);
    // The parent is not expanded until its layer is done, so this is this step's words.
    this.words.push(arrival.words - parent.words);
    this.choice.push(arrival.choice);
    this.text.push(arrival.text);
  }

  /** Ending id → the route with the lowest estimated time (Dijkstra from the roots). */
  fastest(): Map<string, Route> {
    const n = this.rootWords.length;
    const out = new Map<string, Route>();
    for (const [id, node] of this.rootEndings)
      out.set(id, { choices: [], choiceTexts: [], words: node.words, seed: node.seed });
    // Edges by source node (counting sort), so each node's edges are a slice.
    const start = new Array<number>(n + 1).fill(0);
    for (const f of this.from) start[f + 1]!++;
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const order = new Array<number>(this.from.length);
    const fill = start.slice();
    this.from.forEach((f, e) => (order[fill[f]!++] = e));

    const cost = new Array<number>(n).fill(Infinity);
    const via = new Array<number>(n).fill(-1);
    const heap = new MinHeap();
    for (let i = 0; i < n; i++)
      if (this.rootWords[i]! >= 0) {
        cost[i] = estimateSeconds(this.rootWords[i]!, 0);
        heap.push(i, cost[i]!);
      }
    const sinkCost = new Array<number>(this.sinks.size).fill(Infinity);
    const sinkVia = new Array<number>(this.sinks.size).fill(-1);
    const done = new Array<boolean>(n).fill(false);
    while (heap.size) {
      const [u, c] = heap.pop();
      if (done[u] || c > cost[u]!) continue;
      done[u] = true;
      for (let k = start[u]!; k < start[u + 1]!; k++) {
        const e = order[k]!;
        const next = c + edgeSeconds(this.words[e]!);
        const v = this.to[e]!;
        if (v < 0) {
          const s = -1 - v;
          if (next < sinkCost[s]!) {
            sinkCost[s] = next;
            sinkVia[s] = e;
          }
        } else if (next < cost[v]!) {
          cost[v] = next;
          via[v] = e;
          heap.push(v, next);
        }
      }
    }
    for (const [id, s] of this.sinks) {
      if (out.has(id) || sinkVia[s]! < 0) continue;
      const edges: number[] = [];
      let words = 0;
      let node = -1;
      for (let e = sinkVia[s]!; e >= 0; e = via[node]!) {
        edges.push(e);
        words += this.words[e]!;
        node = this.from[e]!;
      }
      edges.reverse();
      out.set(id, {
        choices: edges.map((e) => this.choice[e]! + 1),
        choiceTexts: edges.map((e) => this.text[e]!),
        words: words + this.rootWords[node]!,
        seed: this.rootSeeds[node]!,
      });
    }
    return out;
  }
}
