/**
 * One root cause, one error. A dead end hides everything behind it: the knots
 * and endings after it are "never reached" only because the story stops
 * first. So a story:check report keeps one error per place the content runs
 * out, and names what it leaves unreached inside that error instead of one
 * error each. The report's data (endings, unvisitedKnots) stays complete.
 */
import type { InkDiagnostic } from './compile.ts';
import type { CheckReport } from './checkReport.ts';
import type { KnotDecl } from './lint.ts';

/** Every dead-end error starts so (checkStory.ts writes them); NEVER matches checkReport.ts's messages. */
export const DEAD_END = 'dead end:';
const NEVER = /^(ending|knot) "([^"]+)" is never (reached|visited)$/;
const LOOSE_END = /loose end/i;

/**
 * Where a dead end's content runs out: the compiler's "loose end" warning
 * inside the knot the story stopped in, else that knot's header.
 */
export function whereContentRunsOut(
  knot: { file: string; line: number },
  knots: KnotDecl[],
  warnings: InkDiagnostic[],
): { file: string; line: number } {
  const next = Math.min(
    ...knots.filter((k) => k.file === knot.file && k.line > knot.line).map((k) => k.line),
    Infinity,
  );
  const loose = warnings.find(
    (w) => w.file === knot.file && w.line >= knot.line && w.line < next && LOOSE_END.test(w.message),
  );
  return loose ? { file: loose.file, line: loose.line } : knot;
}

/** Folds the errors a dead end causes into it: one dead-end error per place, cascades named inside. */
export function foldIntoDeadEnds(report: CheckReport): CheckReport {
  const deadEnds: InkDiagnostic[] = [];
  const others: InkDiagnostic[] = [];
  const unreached: { endings: string[]; knots: string[] } = { endings: [], knots: [] };
  for (const e of report.errors) {
    const never = NEVER.exec(e.message);
    if (e.message.startsWith(DEAD_END)) {
      if (!deadEnds.some((d) => d.file === e.file && d.line === e.line)) deadEnds.push(e);
    } else if (never) unreached[never[1] === 'ending' ? 'endings' : 'knots'].push(never[2]!);
    else others.push(e);
  }
  if (deadEnds.length === 0) return report;
  const behind = describeUnreached(unreached);
  const folded = deadEnds.map((d, i) =>
    i === 0 && behind ? { ...d, message: `${d.message}; ${behind}` } : d,
  );
  // The compiler's "loose end" warning names the same place: the error says it.
  const warnings = report.warnings.filter((w) => !folded.some((d) => d.file === w.file && d.line === w.line));
  return { ...report, errors: [...folded, ...others], warnings };
}

function describeUnreached({ endings, knots }: { endings: string[]; knots: string[] }): string {
  const parts = [
    endings.length ? `${endings.length} ending${endings.length > 1 ? 's' : ''} (${endings.join(', ')})` : '',
    knots.length ? `${knots.length} knot${knots.length > 1 ? 's' : ''} (${knots.join(', ')})` : '',
  ].filter(Boolean);
  return parts.length ? `while it stands, ${parts.join(' and ')} are never reached` : '';
}
