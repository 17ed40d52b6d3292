/**
 * The lint errors `npm run dev` shows in vite's overlay: story:check's
 * error-level lint (tags, meters, EXTERNAL fallbacks…) and meter steps off
 * the grid, so a writer sees them on save rather than at the next check.
 */
import type { InkDiagnostic } from './compile.ts';
import { lintInk, readSources } from './lint.ts';
import { offGridSteps } from './designLints.ts';

export function devLintErrors(files: string[]): InkDiagnostic[] {
  return [...lintInk(files).errors, ...offGridSteps(readSources(files))];
}
