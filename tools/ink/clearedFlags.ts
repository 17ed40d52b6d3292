/**
 * A recalled flag cleared too early: a flag (a VAR that starts false or "")
 * put back to its starting value on a line from which the story can go on,
 * through diverts, tunnels and function calls, to a knot that reads it, without
 * passing a knot that sets it again. The later knot (an ending rule, say) then
 * reads "never happened" for something the player did. A line-based scan of the
 * knot graph (lint.ts's sources), so a warning, not an error.
 */
import type { InkDiagnostic } from './compile.ts';
import { logicOf } from './designLints.ts';
import { DIVERT, KNOT, type SourceLine } from './lint.ts';

const FLAG_DECL = /^\s*VAR\s+([A-Za-z_]\w*)\s*=\s*(false|""|'')\s*$/;
const ASSIGN = /~\s*([A-Za-z_]\w*)\s*=(?!=)\s*([^\s/]+)/g;
const CALL = /([A-Za-z_]\w*)\s*\(/g;

interface Knot {
  name: string;
  lines: SourceLine[];
}

function knotsOf(lines: SourceLine[]): Knot[] {
  const knots: Knot[] = [{ name: '', lines: [] }];
  for (const l of lines) {
    const k = KNOT.exec(l.code);
    if (k) knots.push({ name: k[2]!, lines: [] });
    knots[knots.length - 1]!.lines.push(l);
  }
  return knots;
}

/** Knots a line can lead to: divert targets and called functions. */
function targets(l: SourceLine, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of l.code.matchAll(DIVERT)) out.push(m[1]!.split('.')[0]!);
  for (const part of logicOf(l.code)) for (const m of part.matchAll(CALL)) out.push(m[1]!);
  return out.filter((t) => names.has(t));
}

export function clearedTooEarly(lines: SourceLine[]): InkDiagnostic[] {
  const flags = new Map<string, string>();
  for (const l of lines) {
    const m = FLAG_DECL.exec(l.code);
    if (m) flags.set(m[1]!, m[2]!.replace(/'/g, '"'));
  }
  const knots = knotsOf(lines);
  const byName = new Map(knots.map((k) => [k.name, k]));
  const names = new Set(byName.keys());
  const edges = new Map(knots.map((k) => [k.name, k.lines.flatMap((l) => targets(l, names))]));
  const assignments = (l: SourceLine) =>
    [...l.code.matchAll(ASSIGN)].map((m) => ({ name: m[1]!, value: m[2]! }));
  const reads = (l: SourceLine, flag: string): boolean =>
    !FLAG_DECL.test(l.code) &&
    logicOf(l.code).some((p) =>
      new RegExp(`\\b${flag}\\b(?!\\s*=[^=])`).test(p.replace(/^~\s*\w+\s*=(?!=)/, '')),
    );

  const out: InkDiagnostic[] = [];
  for (const knot of knots)
    knot.lines.forEach((l, i) => {
      for (const a of assignments(l)) {
        const start = flags.get(a.name);
        if (start === undefined || a.value !== start) continue;
        const setters = new Set(
          knots
            .filter((k) =>
              k.lines.some((x) => assignments(x).some((b) => b.name === a.name && b.value !== start)),
            )
            .map((k) => k.name),
        );
        const reader = firstReader(
          linesAfter(knot.lines, i).flatMap((x) => targets(x, names)),
          (name) => (setters.has(name) ? [] : (edges.get(name) ?? [])),
          (name) => byName.get(name)!.lines.find((x) => reads(x, a.name)),
          knot.name,
        );
        if (reader)
          out.push({
            file: l.file,
            line: l.line,
            message: `flag "${a.name}" is cleared here, but ${reader.file}:${reader.line} reads it later on a path from here`,
          });
      }
    });
  return out;
}

const indent = (l: SourceLine): number => /^\s*/.exec(l.code)![0].length;

/**
 * The lines the story can run after line `i` of a knot: up to the first plain
 * divert indented no deeper than it (`-> next`), which leaves the knot. Ink
 * ignores indentation, but writers indent branches, and without this a reset in
 * one branch would seem to flow into the next branch's divert.
 */
function linesAfter(lines: SourceLine[], i: number): SourceLine[] {
  const depth = indent(lines[i]!);
  const rest = lines.slice(i + 1);
  const end = rest.findIndex((l) => /^->(?!.*->\s*$)/.test(l.code.trim()) && indent(l) <= depth);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/** Breadth-first from `start` over `next`: the first line that reads the flag, in a knot other than `from`. */
function firstReader(
  start: string[],
  next: (knot: string) => string[],
  readIn: (knot: string) => SourceLine | undefined,
  from: string,
): SourceLine | undefined {
  const seen = new Set<string>();
  let queue = start;
  while (queue.length) {
    const following: string[] = [];
    for (const k of queue) {
      if (seen.has(k)) continue;
      seen.add(k);
      const line = k === from ? undefined : readIn(k);
      if (line) return line;
      following.push(...next(k));
    }
    queue = following;
  }
  return undefined;
}
