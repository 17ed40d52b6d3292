/**
 * Every choice a compiled story contains, by its ink path (the `sourcePath`
 * a Choice carries when offered): the total the coverage figures of an
 * unfinished check count choices taken against. Read from the runtime tree,
 * so a compiled .json story without sources has one too.
 */
import type { Story } from 'inkjs/engine/Story';
import type { InkObject } from 'inkjs/engine/Object';
import { ChoicePoint, Container } from './inkInternals.ts';

export function choicePointPaths(story: Story): string[] {
  const out: string[] = [];
  const seen = new Set<InkObject>();
  const stack: Container[] = [story.mainContentContainer];
  while (stack.length) {
    const c = stack.pop()!;
    // Knots and labelled gathers live in namedContent only.
    for (const o of [...c.content, ...(c.namedContent.values() as Iterable<InkObject>)]) {
      if (seen.has(o)) continue;
      seen.add(o);
      if (o instanceof ChoicePoint) out.push(o.path.componentsString);
      else if (o instanceof Container) stack.push(o);
    }
  }
  return out.sort();
}
