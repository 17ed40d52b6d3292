/**
 * The design lints exploration finds, with file:line (the choice points the
 * compiler located, compile.ts): a dominated option, and a conditional option
 * never offered in any explored state. Warnings; errors under `--strict`.
 */
import type { ChoicePointSource, InkDiagnostic } from './compile.ts';
import { dominatedPairs, type ChoiceEffects } from './choiceEffects.ts';

type Place = { file: string; line: number };

export function dominatedOptions(effects: ChoiceEffects, points: ChoicePointSource[]): InkDiagnostic[] {
  const byPath = new Map(points.map((p) => [p.path, p]));
  const out: InkDiagnostic[] = [];
  for (const { better, worse } of dominatedPairs(effects)) {
    const b = byPath.get(better);
    const w = byPath.get(worse);
    if (!b || !w) continue;
    out.push({
      file: w.file,
      line: w.line,
      message:
        `dominated option: the option at ${b.file}:${b.line} is as good on every meter and better on one, ` +
        'in every state where both are offered',
    });
  }
  return out;
}

/** Conditional options whose condition was false in every explored state. Meaningful only after a complete exploration. */
export function neverOffered(effects: ChoiceEffects, points: ChoicePointSource[]): Place[] {
  return points
    .filter((p) => p.conditional && !effects.offered.has(p.path))
    .map((p) => ({ file: p.file, line: p.line }));
}

export const neverOfferedWarning = (at: Place): InkDiagnostic => ({
  ...at,
  message: 'choice never offered: its condition is false in every state the story can reach',
});
