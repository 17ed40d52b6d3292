/**
 * State the funnel cannot clear: a knot that reads whether a labelled choice
 * or gather of another knot was taken (`{ crossing.by_night: … }`). From that
 * choice on, the exploration must keep the read count in every state, and
 * act settling (docs/WRITING.md §5) only resets variables, never read counts,
 * so routes that differ only there never merge again. A flag set in the
 * choice says the same and can be cleared when its last reader has read it.
 */
import { VariableReference } from 'inkjs/compiler/Parser/ParsedHierarchy/Variable/VariableReference';
import { Knot } from 'inkjs/compiler/Parser/ParsedHierarchy/Knot';
import { Stitch } from 'inkjs/compiler/Parser/ParsedHierarchy/Stitch';
import type { Story as ParsedStory } from 'inkjs/compiler/Parser/ParsedHierarchy/Story';
import type { InkDiagnostic } from './compile.ts';
import { knotOf, located } from './storyText.ts';

export function labelReadsAcrossKnots(story: ParsedStory, rootDir: string): InkDiagnostic[] {
  const flows = new Set<string>();
  for (const knot of story.FindAll(Knot)()) flows.add(knot.name ?? '');
  for (const stitch of story.FindAll(Stitch)()) {
    const knot = knotOf(stitch);
    if (knot) flows.add(`${knot.name}.${stitch.name}`);
  }
  const out: InkDiagnostic[] = [];
  for (const ref of story.FindAll(VariableReference)()) {
    const target = ref.runtimeVarRef?.pathForCount?.componentsString;
    if (!target || flows.has(target)) continue; // a knot's or stitch's own visit count is another matter
    const owner = target.split('.')[0]!;
    const reader = knotOf(ref)?.name;
    if (!reader || reader === owner) continue;
    out.push({
      ...located(ref, rootDir),
      message:
        `${reader} reads whether "${ref.path.join('.')}" (a labelled choice or gather of ${owner}) was taken: ` +
        'the exploration keeps that read count in every later state and act settling cannot clear it; set a flag in the choice instead',
    });
  }
  return out;
}
