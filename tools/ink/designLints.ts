/**
 * Design lints read from the sources alone (line-based, like lint.ts): meter
 * steps off the grid of 5, float literals with an integral value, and hidden
 * gates. They are warnings; `story:check --strict` makes them errors. They are
 * about the story's design, not its correctness, so a writer may leave one on
 * purpose.
 */
import type { InkDiagnostic } from './compile.ts';
import { KNOT, STITCH, type SourceLine } from './lint.ts';

/** The parts of a line ink evaluates: a `~` line or VAR/CONST whole, else every `{…}` in it. */
export function logicOf(code: string): string[] {
  const trimmed = code.trim();
  if (/^(~|VAR\b|CONST\b)/.test(trimmed)) return [trimmed];
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '{' && code[i - 1] !== '\\') {
      if (depth++ === 0) start = i + 1;
    } else if (code[i] === '}' && depth > 0 && --depth === 0) parts.push(code.slice(start, i));
  }
  return parts;
}

const CHANGE_CALL = /\b(change_\w+)\(\s*(-?\s*\d+(?:\.\d+)?)\s*\)/g;

/** `change_supply(7)`: WRITING.md asks for steps of 5, so that meters stay on a grid a player can read. */
export function offGridSteps(lines: SourceLine[]): InkDiagnostic[] {
  const out: InkDiagnostic[] = [];
  for (const l of lines)
    for (const part of logicOf(l.code))
      for (const m of part.matchAll(CHANGE_CALL)) {
        const step = Number(m[2]!.replace(/\s+/g, ''));
        if (step % 5 !== 0)
          out.push({
            file: l.file,
            line: l.line,
            message: `meter step off the grid: ${m[1]}(${step}) is not a multiple of 5`,
          });
      }
  return out;
}

const INTEGRAL_FLOAT = /(?<![\w.])(\d+)\.0+(?![\w.])/g;

/** `2.0`: inkjs's compiled JSON keeps it as the integer 2, so `5 / 2.0` divides as integers in the game (not in Inky). */
export function integralFloats(lines: SourceLine[]): InkDiagnostic[] {
  const out: InkDiagnostic[] = [];
  for (const l of lines)
    for (const part of logicOf(l.code))
      for (const m of part.matchAll(INTEGRAL_FLOAT))
        out.push({
          file: l.file,
          line: l.line,
          message:
            `float literal ${m[0]} has an integral value: the compiled story keeps it as the integer ${m[1]}, ` +
            `so a division by it is an integer division in the game (and in our tools) but not in Inky; write FLOAT(${m[1]})`,
        });
  return out;
}

interface Option {
  line: SourceLine;
  /** Story variables its condition reads. */
  vars: string[];
  /** Variables the text before it (in its knot or stitch) shows conditionally. */
  shown: Set<string>;
}

const CHOICE = /^\s*((?:[*+]\s*)+)/;
const GATHER = /^\s*((?:-(?!>)\s*)+)/;
const IDENT = /[A-Za-z_]\w*/g;

/** The conditions of a choice line: the `{…}` groups before its text. */
function conditionsOf(code: string): string[] {
  let rest = code.replace(CHOICE, '').replace(/^\(\s*\w+\s*\)\s*/, '');
  const out: string[] = [];
  for (let m = /^\{([^}]*)\}\s*/.exec(rest); m; m = /^\{([^}]*)\}\s*/.exec(rest)) {
    out.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/**
 * A hidden gate: an option offered only under a condition on a story variable,
 * with neither an alternative (another option of the same choice on the same
 * variable) nor a reason (text before it, in its knot or stitch, that depends
 * on the variable). When the condition is false the option just is not there,
 * and the player never learns it could have been. Conditions on read counts
 * only (once-only menus) are not gates.
 */
export function hiddenGates(lines: SourceLine[], variables: ReadonlySet<string>): InkDiagnostic[] {
  const blocks = new Map<string, Option[]>();
  let section = '';
  let shown = new Set<string>();
  let gathers: number[] = [];
  let parents: number[] = [];
  for (const l of lines) {
    if (KNOT.test(l.code) || STITCH.test(l.code)) {
      section = `${l.file}:${l.line}`;
      shown = new Set();
      gathers = [];
      parents = [];
      continue;
    }
    const gather = GATHER.exec(l.code);
    if (gather) {
      const depth = gather[1]!.replace(/\s/g, '').length;
      for (let d = depth; d < 8; d++) gathers[d] = (gathers[d] ?? 0) + 1;
    }
    const choice = CHOICE.exec(l.code);
    if (!choice) {
      // Only what the reader can see: `{…}` in text, not `~` logic or declarations.
      if (!/^(~|VAR\b|CONST\b)/.test(l.code.trim()))
        for (const part of logicOf(l.code)) for (const id of part.match(IDENT) ?? []) shown.add(id);
      continue;
    }
    const depth = choice[1]!.replace(/\s/g, '').length;
    parents[depth] = l.line;
    const key = `${section}|${depth}|${parents[depth - 1] ?? 0}|${gathers[depth] ?? 0}`;
    const vars = conditionsOf(l.code).flatMap((c) =>
      (c.match(IDENT) ?? []).filter((id) => variables.has(id)),
    );
    const list = blocks.get(key) ?? [];
    list.push({ line: l, vars, shown: new Set(shown) });
    blocks.set(key, list);
  }
  const out: InkDiagnostic[] = [];
  for (const options of blocks.values())
    for (const o of options) {
      if (!o.vars.length) continue;
      const alternative = options.some((other) => other !== o && other.vars.some((v) => o.vars.includes(v)));
      const reason = o.vars.some((v) => o.shown.has(v));
      if (alternative || reason) continue;
      out.push({
        file: o.line.file,
        line: o.line.line,
        message:
          `hidden gate: this option is offered only on a condition on ${[...new Set(o.vars)].join(', ')}, ` +
          'with no other option on it and no text before it that depends on it: when it is false the option silently disappears',
      });
    }
  return out;
}
