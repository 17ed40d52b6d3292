/**
 * Static lint of ink sources (the files a compile read), with file:line:
 * tags outside our vocabulary, meters assigned outside story/common/,
 * knots and stitches nothing diverts to, EXTERNALs without an ink fallback,
 * TODO markers and blank choices. A line-based scan, not a parser: it only
 * needs to be right about the lines writers actually write.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseTag } from '../../src/core/tagVocabulary.ts';
import { METERS } from '../../src/core/meters.ts';
import type { InkDiagnostic } from './compile.ts';
import { hiddenGates, integralFloats, offGridSteps } from './designLints.ts';
import { clearedTooEarly } from './clearedFlags.ts';

export interface KnotDecl {
  /** "knot" or "knot.stitch". */
  name: string;
  file: string;
  line: number;
  isFunction: boolean;
  isStitch: boolean;
  /** A stitch that the knot falls into when diverted to (no content before it). */
  isFirstStitchReachedByKnot: boolean;
}

export interface LintResult {
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
  knots: KnotDecl[];
  externals: string[];
  /** `# ending:` ids and where they are; when there are any, endings are tags, not END/DONE. */
  endingTags: Map<string, { file: string; line: number }>;
  /** Raw tags (trimmed) seen in the sources, so the explorer reports only new ones. */
  staticTags: Set<string>;
  /** Choice lines with no text, so the explorer does not report them again. */
  blankChoices: { file: string; line: number }[];
  /** Design lints (designLints.ts, clearedFlags.ts): warnings, errors under `--strict`. */
  design: InkDiagnostic[];
}

/** One source line with its comments removed (`code`) and as written (`raw`). */
export interface SourceLine {
  file: string;
  line: number;
  code: string;
  raw: string;
}

/** Removes // and block comments, keeping line numbers. */
function stripComments(text: string): { code: string; raw: string }[] {
  const out: { code: string; raw: string }[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    let code = '';
    let i = 0;
    while (i < raw.length) {
      if (inBlock) {
        const end = raw.indexOf('*/', i);
        if (end < 0) {
          i = raw.length;
        } else {
          inBlock = false;
          i = end + 2;
        }
      } else if (raw.startsWith('/*', i)) {
        inBlock = true;
        i += 2;
      } else if (raw.startsWith('//', i) && raw[i - 1] !== ':') {
        // "://" is kept so URLs in text are not cut (ink would cut them too, rarely matters).
        break;
      } else {
        code += raw[i];
        i++;
      }
    }
    out.push({ code, raw });
  }
  return out;
}

export function readSources(files: string[]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const file = relative(process.cwd(), path);
    stripComments(text).forEach((l, i) => lines.push({ file, line: i + 1, code: l.code, raw: l.raw }));
  }
  return lines;
}

export const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
export const STITCH = /^\s*=\s*([A-Za-z_][\w]*)\s*(\(|$)/;
export const DIVERT = /(?:->|<-)\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/g;
const ASSIGN = /~\s*([A-Za-z_]\w*)\s*(\+\+|--|[+\-*/]?=(?!=))/g;

/** Tags on a line: text after an unescaped `#` up to the next `#` or the end of line. */
function tagsOf(code: string): string[] {
  const parts = code.split(/(?<!\\)#/);
  return parts.slice(1).map((t) => t.trim());
}

function isUnderCommon(file: string): boolean {
  return file.split(/[\\/]/).includes('common');
}

/** The shown text of a choice line, or null when it is a fallback (`* -> x`) choice. */
function choiceText(code: string): string | null {
  let rest = code.replace(/^\s*([*+]\s*)+/, '');
  rest = rest.replace(/^\(\s*\w+\s*\)\s*/, '');
  while (/^\{[^}]*\}\s*/.test(rest)) rest = rest.replace(/^\{[^}]*\}\s*/, '');
  rest = rest.split(/(?<!\\)#/)[0] ?? '';
  if (/^->/.test(rest.trim())) return null;
  const start = rest.split('[')[0] ?? '';
  const bracket = /\[([^\]]*)\]/.exec(rest)?.[1] ?? '';
  return (start.replace(/->.*$/, '') + bracket).trim();
}

export function lintInk(files: string[]): LintResult {
  const lines = readSources(files);
  const errors: InkDiagnostic[] = [];
  const warnings: InkDiagnostic[] = [];
  const knots: KnotDecl[] = [];
  const externals: { name: string; file: string; line: number }[] = [];
  const functions = new Set<string>();
  const declaredVars = new Set<string>();
  const diverts: { target: string; knot: string }[] = [];
  const staticTags = new Set<string>();
  const meterAssigns: { name: string; file: string; line: number }[] = [];
  const endingTags = new Map<string, { file: string; line: number }>();
  const blankChoices: { file: string; line: number }[] = [];
  let knot = '';
  let pendingFirstStitch = false;

  for (const l of lines) {
    const code = l.code;
    const trimmed = code.trim();
    const k = KNOT.exec(code);
    if (k) {
      knot = k[2]!;
      const isFunction = Boolean(k[1]);
      if (isFunction) functions.add(knot);
      knots.push({
        name: knot,
        file: l.file,
        line: l.line,
        isFunction,
        isStitch: false,
        isFirstStitchReachedByKnot: false,
      });
      pendingFirstStitch = true;
    } else if (STITCH.test(code) && knot) {
      const s = STITCH.exec(code)![1]!;
      knots.push({
        name: `${knot}.${s}`,
        file: l.file,
        line: l.line,
        isFunction: false,
        isStitch: true,
        isFirstStitchReachedByKnot: pendingFirstStitch,
      });
      pendingFirstStitch = false;
    } else if (trimmed && !/^(VAR|CONST|LIST|INCLUDE|EXTERNAL)\b/.test(trimmed)) {
      pendingFirstStitch = false;
    }
    const ext = /^\s*EXTERNAL\s+([A-Za-z_]\w*)/.exec(code);
    if (ext) externals.push({ name: ext[1]!, file: l.file, line: l.line });
    const v = /^\s*(?:VAR|CONST)\s+([A-Za-z_]\w*)/.exec(code);
    if (v) declaredVars.add(v[1]!);
    for (const m of code.matchAll(DIVERT)) diverts.push({ target: m[1]!, knot });

    for (const tag of tagsOf(code)) {
      if (!tag || tag.includes('{')) continue; // dynamic tags are checked at run time
      staticTags.add(tag);
      const parsed = parseTag(tag);
      if (parsed.kind === 'ending' && !endingTags.has(parsed.id))
        endingTags.set(parsed.id, { file: l.file, line: l.line });
      if (parsed.kind === 'unknown')
        errors.push({ file: l.file, line: l.line, message: `tag "${tag}": ${parsed.reason}` });
    }
    if (/\bTODO\b/.test(l.raw)) {
      warnings.push({
        file: l.file,
        line: l.line,
        message: `TODO: ${l.raw.replace(/^.*?\bTODO\b:?\s*/, '')}`,
      });
    }
    if (/^\s*[*+]/.test(code) && choiceText(code) === '') {
      errors.push({ file: l.file, line: l.line, message: 'choice with empty text' });
      blankChoices.push({ file: l.file, line: l.line });
    }
    if (!isUnderCommon(l.file)) {
      for (const m of code.matchAll(ASSIGN)) meterAssigns.push({ name: m[1]!, file: l.file, line: l.line });
    }
  }

  for (const a of meterAssigns) {
    if (METER_IDS.has(a.name) && declaredVars.has(a.name)) {
      errors.push({
        file: a.file,
        line: a.line,
        message: `meter "${a.name}" changed directly; use the functions in story/common/meters.ink (e.g. change_${a.name})`,
      });
    }
  }
  for (const e of externals) {
    if (!functions.has(e.name)) {
      errors.push({
        file: e.file,
        line: e.line,
        message: `EXTERNAL ${e.name} has no ink fallback function (add "=== function ${e.name}(…)")`,
      });
    }
  }
  warnings.push(...unusedKnots(knots, diverts));
  const design = [
    ...offGridSteps(lines),
    ...integralFloats(lines),
    ...hiddenGates(lines, declaredVars),
    ...clearedTooEarly(lines),
  ];
  return {
    design,
    errors,
    warnings,
    knots,
    externals: externals.map((e) => e.name),
    endingTags,
    staticTags,
    blankChoices,
  };
}

const METER_IDS = new Set(METERS.map((m) => m.id));

/** Knots and stitches no divert names (functions and the root flow excluded). */
function unusedKnots(knots: KnotDecl[], diverts: { target: string; knot: string }[]): InkDiagnostic[] {
  const full = new Set<string>();
  for (const d of diverts) {
    full.add(d.target);
    // A bare stitch name inside its knot: `-> stitch` means `-> knot.stitch`.
    if (!d.target.includes('.') && d.knot) full.add(`${d.knot}.${d.target}`);
    // `-> knot.stitch` also counts the knot as reached.
    full.add(d.target.split('.')[0]!);
  }
  const out: InkDiagnostic[] = [];
  for (const k of knots) {
    if (k.isFunction || full.has(k.name)) continue;
    const parent = k.name.split('.')[0]!;
    if (k.isStitch && k.isFirstStitchReachedByKnot && full.has(parent)) continue;
    out.push({
      file: k.file,
      line: k.line,
      message: `${k.isStitch ? 'stitch' : 'knot'} "${k.name}" is never diverted to`,
    });
  }
  return out;
}
