/**
 * One compiled story per campaign, made from story/main.ink itself: the game
 * loads only the campaign the player picks. main.ink stays the one entry Inky
 * and story:check open; a campaign's source is main.ink with the other
 * figures' INCLUDEs (their folders, named by figure id) and the figure-choice
 * knot left out, starting at the figure's own start knot. Removed lines become
 * comments, so an error in main.ink keeps its line number.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FIGURE_IDS, FIGURES, type FigureId } from '../../src/core/figures.ts';
import { compileInkFile, type CompileResult } from './compile.ts';

/** The knot in main.ink where Inky's player picks a figure; the game's title screen does that instead. */
export const CHOOSE_FIGURE_KNOT = 'choose_figure';

const INCLUDE = /^\s*INCLUDE\s+(\S+)/;
const KNOT = /^\s*={2,}\s*(?:function\s+)?(\w+)/;

/** main.ink's text as the entry of one figure's campaign. Throws if main.ink lacks the figure-choice knot. */
export function campaignSource(mainSource: string, figure: FigureId): string {
  const figure_ = FIGURES.find((f) => f.id === figure);
  if (!figure_) throw new Error(`unknown figure: ${figure}`);
  const others = FIGURE_IDS.filter((id) => id !== figure);
  const lines = mainSource.split('\n');
  let inChooser = false;
  let sawChooser = false;
  const out = lines.map((line) => {
    const knot = KNOT.exec(line)?.[1];
    if (knot !== undefined) inChooser = knot === CHOOSE_FIGURE_KNOT;
    if (inChooser) sawChooser = true;
    const include = INCLUDE.exec(line)?.[1];
    const otherFigure = include !== undefined && others.some((id) => include.startsWith(`${id}/`));
    if (new RegExp(`^\\s*->\\s*${CHOOSE_FIGURE_KNOT}\\s*$`).test(line)) return `-> ${figure_.startKnot}`;
    return inChooser || otherFigure ? `// (${figure} campaign) ${line}` : line;
  });
  if (!sawChooser)
    throw new Error(`main.ink has no knot '${CHOOSE_FIGURE_KNOT}': cannot tell the campaigns apart`);
  return out.join('\n');
}

/**
 * Compiles one figure's campaign from main.ink. A main.ink that cannot be cut
 * into campaigns reports its own compile errors first, else why it cannot.
 */
export function compileCampaign(mainPath: string, figure: FigureId): CompileResult {
  const main = resolve(mainPath);
  try {
    return compileInkFile(main, campaignSource(readFileSync(main, 'utf8'), figure));
  } catch (e) {
    const whole = compileInkFile(main);
    if (!whole.ok) return whole;
    const file = relative(process.cwd(), main);
    return { ...whole, ok: false, json: null, errors: [{ file, line: 0, message: (e as Error).message }] };
  }
}
