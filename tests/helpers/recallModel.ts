/**
 * A reading of the ink sources for the recalled-choice test (design §8: a
 * sentence that recalls an earlier choice is guarded by a flag only that choice
 * sets). It finds, from the source text alone:
 *  - every option, with the chapter it is offered in and its text as shown;
 *  - every assignment to a story variable, and which options it belongs to: an
 *    assignment inside an option's body, or in a knot, stitch or function that
 *    the option diverts to or calls (and on through the top level of knots
 *    without a chapter of their own), is that option's doing; one no option
 *    reaches is the scene's;
 *  - every conditional passage of every ending knot, with the terms guarding it.
 * It is a line reader for the way this story is written, not a full ink parser:
 * the test that uses it proves it reads enough (guards and setters found).
 */

export interface Unit {
  /** `knot` or `knot.stitch` (functions are knots). */
  name: string;
  file: string;
  /** The `# chapter:` id written in this unit (a stitch inherits its knot's). */
  chapter: string | null;
  /** `# ending:` id, for an ending knot. */
  ending: string | null;
  lines: { line: number; code: string }[];
}

export interface Option {
  file: string;
  line: number;
  unit: string;
  chapter: string | null;
  /** The choice text as the player sees it (the `[…]` part). */
  text: string;
  /** Lines of its body (after the choice line), with their numbers; `guarded` inside a conditional block. */
  body: { line: number; code: string; guarded: boolean }[];
}

export interface Assignment {
  variable: string;
  /** The literal assigned (`true`, `false`, a quoted string's content), or null for an expression. */
  value: string | null;
  file: string;
  line: number;
  /** The options whose doing it is (empty: the scene's). */
  options: Option[];
  /**
   * True when taking the option does not always make it: it stands inside a
   * conditional block, or in a scene the option diverts to (perhaps only on a condition).
   */
  conditional: boolean;
}

/** One term of a guard: `flag`, `not flag`, `v == "x"`, `v != "x"`. */
export interface Term {
  variable: string;
  value: string;
  /** True for `flag` and `v == "x"`; false for `not flag` and `v != "x"`. */
  holds: boolean;
}

export interface GuardedPassage {
  ending: string;
  file: string;
  line: number;
  /** The terms that must hold for this passage to show (conditions on meters are left out). */
  terms: Term[];
  /** A piece of its literal text, long enough to recognise it on the page. */
  fragment: string;
}

export interface StoryModel {
  units: Map<string, Unit>;
  options: Option[];
  assignments: Assignment[];
  passages: GuardedPassage[];
  variables: Set<string>;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/;
const STITCH = /^\s*=\s*([A-Za-z_]\w*)\s*(\(|$)/;
const CHOICE = /^\s*((?:[*+]\s*)+)/;
const GATHER = /^\s*((?:-\s*)+)(?!>)/;
const ASSIGN = /^\s*~\s*([A-Za-z_]\w*)\s*=(?!=)\s*(.+?)\s*$/;
const DIVERT = /->\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)/g;
const CALL = /\b([A-Za-z_]\w*)\s*\(/g;

function stripComment(raw: string): string {
  const i = raw.search(/(?<!:)\/\//);
  return i < 0 ? raw : raw.slice(0, i);
}

/** `+1` for each `{`, `-1` for each `}` outside quotes: a line that leaves a block open. */
function braceDelta(code: string): number {
  let d = 0;
  for (const ch of code) {
    if (ch === '{') d++;
    else if (ch === '}') d--;
  }
  return d;
}

function optionText(code: string): string {
  const rest = code.replace(CHOICE, '');
  const bracket = /\[([^\]]*)\]/.exec(rest);
  const text = bracket ? bracket[1]! : rest.replace(/^\s*\(\w+\)/, '').replace(/^\s*\{[^}]*\}/, '');
  return text.replace(/\s+/g, ' ').trim();
}

function literal(expr: string): string | null {
  const e = expr.trim();
  if (e === 'true' || e === 'false') return e;
  const q = /^"([^"]*)"$/.exec(e);
  return q ? q[1]! : null;
}

function readUnits(files: ReadonlyMap<string, string>): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const [file, text] of files) {
    let knot: Unit | null = null;
    let unit: Unit | null = null;
    text.split(/\r?\n/).forEach((raw, i) => {
      const code = stripComment(raw);
      const k = KNOT.exec(code);
      if (k) {
        knot = { name: k[2]!, file, chapter: null, ending: null, lines: [] };
        unit = knot;
        units.set(knot.name, knot);
        return;
      }
      const s = STITCH.exec(code);
      if (s && knot) {
        unit = { name: `${knot.name}.${s[1]!}`, file, chapter: knot.chapter, ending: null, lines: [] };
        units.set(unit.name, unit);
        return;
      }
      if (!unit) return;
      const chapter = /^\s*#\s*chapter:\s*(\S+)/.exec(code);
      if (chapter) unit.chapter ??= chapter[1]!;
      const ending = /^\s*#\s*ending:\s*(\S+)/.exec(code);
      if (ending) unit.ending = ending[1]!;
      unit.lines.push({ line: i + 1, code });
    });
  }
  return units;
}

/** Splits a unit into its options (with bodies) and the lines outside every option. */
function splitOptions(unit: Unit): { options: Option[]; topLevel: { line: number; code: string }[] } {
  const options: Option[] = [];
  const topLevel: { line: number; code: string }[] = [];
  const open: { depth: number; option: Option }[] = [];
  let block = 0;
  for (const l of unit.lines) {
    const choice = block === 0 ? CHOICE.exec(l.code) : null;
    const gather = block === 0 && !choice ? GATHER.exec(l.code) : null;
    if (choice) {
      const depth = choice[1]!.replace(/\s/g, '').length;
      while (open.length && open.at(-1)!.depth >= depth) open.pop();
      const option: Option = {
        file: unit.file,
        line: l.line,
        unit: unit.name,
        chapter: unit.chapter,
        text: optionText(l.code),
        body: [],
      };
      options.push(option);
      // A divert or call on the choice line itself is part of the option.
      option.body.push({
        line: l.line,
        code: l.code.replace(CHOICE, '').replace(/\[[^\]]*\]/, ''),
        guarded: false,
      });
      open.push({ depth, option });
    } else if (gather) {
      const depth = gather[1]!.replace(/\s/g, '').length;
      while (open.length && open.at(-1)!.depth >= depth) open.pop();
      if (open.length) open.at(-1)!.option.body.push({ ...l, guarded: block > 0 });
      else topLevel.push(l);
    } else if (open.length) {
      open.at(-1)!.option.body.push({ ...l, guarded: block > 0 });
    } else {
      topLevel.push(l);
    }
    block += braceDelta(l.code);
    if (block < 0) block = 0;
  }
  return { options, topLevel };
}

/** The units a list of lines diverts to or calls, resolved against the unit it is in. */
function targets(lines: { code: string }[], from: string, units: ReadonlyMap<string, Unit>): string[] {
  const knot = from.split('.')[0]!;
  const out: string[] = [];
  for (const { code } of lines) {
    for (const m of code.matchAll(DIVERT)) {
      const name = m[1]!;
      if (units.has(`${knot}.${name}`)) out.push(`${knot}.${name}`);
      else if (units.has(name)) out.push(name);
    }
    for (const m of code.matchAll(CALL)) if (units.has(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** Every `{…}` at the top level of `text`, with its offset. */
function segments(text: string): { start: number; content: string }[] {
  const out: { start: number; content: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth++ === 0) start = i + 1;
    } else if (text[i] === '}' && depth > 0 && --depth === 0)
      out.push({ start, content: text.slice(start, i) });
  }
  return out;
}

/** Splits at a top-level separator (outside nested braces). */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(from, i));
      from = i + sep.length;
      if (sep === ':') break;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function termsOf(condition: string, variables: ReadonlySet<string>): Term[] | null {
  if (/\|\||\bor\b/.test(condition)) return null;
  const terms: Term[] = [];
  for (const raw of condition.split(/&&|\band\b/)) {
    const t = raw.trim();
    let m = /^not\s+([A-Za-z_]\w*)$/.exec(t);
    if (m && variables.has(m[1]!)) terms.push({ variable: m[1]!, value: 'true', holds: false });
    else if ((m = /^([A-Za-z_]\w*)$/.exec(t)) && variables.has(m[1]!))
      terms.push({ variable: m[1]!, value: 'true', holds: true });
    else if ((m = /^([A-Za-z_]\w*)\s*(==|!=)\s*"([^"]*)"$/.exec(t)) && variables.has(m[1]!))
      terms.push({ variable: m[1]!, value: m[3]!, holds: m[2] === '==' });
  }
  return terms;
}

const negate = (t: Term): Term => ({ ...t, holds: !t.holds });

/** The longest run of literal text in a passage (nested logic removed), if it is long enough to recognise. */
function fragmentOf(text: string): string | null {
  // Nested logic (two levels) becomes a line break, so no piece spans it.
  const pieces = text
    .replace(/\{[^{}]*\}/g, '\n')
    .replace(/\{[^{}]*\}/g, '\n')
    .split('\n')
    .map((p) =>
      p
        .replace(/^\s*-\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const best = pieces.sort((a, b) => b.length - a.length)[0] ?? '';
  return best.length >= 12 ? best : null;
}

/** The guarded passages of one `{…}`: inline `{c: A|B}`, a block `{ c: … - else: … }`, or a multi-branch block. */
function passagesOf(content: string, variables: ReadonlySet<string>): { terms: Term[]; text: string }[] {
  const out: { terms: Term[]; text: string }[] = [];
  if (/^\s*\n\s*-/.test(content)) {
    // { - c1: … - c2: … - else: … }
    const branches = content.split(/\n\s*-\s+/).slice(1);
    const before: Term[][] = [];
    for (const branch of branches) {
      const [cond, text = ''] = splitTop(branch, ':');
      const isElse = cond!.trim() === 'else';
      const own = isElse ? [] : termsOf(cond!, variables);
      const previous = before.flatMap((ts) => (ts.length === 1 ? [negate(ts[0]!)] : []));
      if (own) out.push({ terms: [...own, ...previous], text });
      before.push(own ?? []);
    }
    return out;
  }
  const [cond, rest] = splitTop(content, ':');
  if (rest === undefined || /[()]/.test(cond!.replace(/\bnot\b/g, '')) || cond!.includes('\n')) return out;
  const own = termsOf(cond!, variables);
  if (!own) return out;
  const elseSplit = rest.includes('\n') ? rest.split(/\n\s*-\s*else\s*:/) : splitTop(rest, '|');
  out.push({ terms: own, text: elseSplit[0]! });
  if (elseSplit.length > 1 && own.length === 1)
    out.push({ terms: [negate(own[0]!)], text: elseSplit.slice(1).join('|') });
  return out;
}

export function readStoryModel(files: ReadonlyMap<string, string>): StoryModel {
  const units = readUnits(files);
  const variables = new Set<string>();
  for (const text of files.values())
    for (const m of text.matchAll(/^\s*VAR\s+([A-Za-z_]\w*)/gm)) variables.add(m[1]!);

  const options: Option[] = [];
  const topLevels = new Map<string, { line: number; code: string }[]>();
  for (const unit of units.values()) {
    const split = splitOptions(unit);
    options.push(...split.options);
    topLevels.set(unit.name, split.topLevel);
  }

  // Which options reach each unit: whatever an option's body diverts to or calls,
  // then on through the top level of those units, but not into a unit of another
  // chapter that the option does not divert to itself: a new chapter is a new scene.
  const reachedBy = new Map<string, Set<Option>>();
  for (const option of options) {
    const seen = new Set<string>();
    const queue = targets(option.body, option.unit, units).map((name) => ({ name, direct: true }));
    while (queue.length) {
      const { name, direct } = queue.shift()!;
      if (seen.has(name)) continue;
      const unit = units.get(name)!;
      if (!direct && unit.chapter !== null && unit.chapter !== option.chapter) continue;
      seen.add(name);
      const set = reachedBy.get(name) ?? new Set<Option>();
      set.add(option);
      reachedBy.set(name, set);
      for (const next of targets(topLevels.get(name) ?? [], name, units))
        queue.push({ name: next, direct: false });
    }
  }

  const assignments: Assignment[] = [];
  const assign = (
    l: { line: number; code: string },
    file: string,
    owners: Option[],
    conditional: boolean,
  ): void => {
    const m = ASSIGN.exec(l.code);
    if (!m || !variables.has(m[1]!)) return;
    assignments.push({
      variable: m[1]!,
      value: literal(m[2]!),
      file,
      line: l.line,
      options: owners,
      conditional,
    });
  };
  for (const option of options) for (const l of option.body) assign(l, option.file, [option], l.guarded);
  for (const unit of units.values())
    for (const l of topLevels.get(unit.name) ?? [])
      assign(l, unit.file, [...(reachedBy.get(unit.name) ?? [])], true);

  const passages: GuardedPassage[] = [];
  for (const unit of units.values()) {
    if (!unit.ending) continue;
    const text = unit.lines.map((l) => l.code).join('\n');
    const lineAt = (offset: number): number => {
      const n = text.slice(0, offset).split('\n').length - 1;
      return unit.lines[n]?.line ?? 0;
    };
    const visit = (content: string, offset: number): void => {
      const found = passagesOf(content, variables);
      // A short inline passage ("on schedule") is recognised with the words around it
      // (an empty one is not: its neighbours' words can be shown by another passage).
      const before = /[^{}\n]*$/.exec(text.slice(0, offset - 1))?.[0] ?? '';
      const after = /^[^{}\n]*/.exec(text.slice(offset + content.length + 1))?.[0] ?? '';
      const fragments = found.map(
        (p) =>
          fragmentOf(p.text) ??
          (p.text.includes('{') || !p.text.trim() ? null : fragmentOf(before + p.text + after)),
      );
      found.forEach((p, i) => {
        const fragment = fragments[i];
        const ambiguous = fragments.some((f, j) => j !== i && f && fragment && f.includes(fragment));
        if (fragment && !ambiguous && p.terms.length)
          passages.push({
            ending: unit.ending!,
            file: unit.file,
            line: lineAt(offset),
            terms: p.terms,
            fragment,
          });
      });
      for (const s of segments(content)) visit(s.content, offset + s.start);
    };
    for (const s of segments(text)) visit(s.content, s.start);
  }
  return { units, options, assignments, passages, variables };
}
