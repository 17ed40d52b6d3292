/**
 * The speedrun categories' routes, from the routes to each ending: per figure
 * Any% (whichever ending is quickest), Historical (the figure's historical
 * ending), ★ (its hardest ending) and All Endings (its six, one run after
 * another), and All 18 across the three figures. Which ending is historical
 * and which is ★ comes from the endings catalogue (src/core/endings.ts).
 *
 * Each category has two routes: by fewest choices (then fewest words), and by
 * the lowest estimated time. A category of several endings sums its runs.
 */
import { ENDINGS, type EndingDef } from '../../src/core/endings.ts';
import { FIGURES, type FigureId } from '../../src/core/figures.ts';
import type { RoutePlay, RouteRow } from './routes.ts';
import { routeSeconds as seconds } from './timedRoutes.ts';

/** One category's route: an ending's route, or the sum of several runs. */
export interface CategoryRoute {
  /** The endings it reaches, one run each, in catalogue order. */
  endings: string[];
  choices: number;
  words: number;
  seconds: number;
  /** The single run's route (1-based choices), when the category is one run. */
  route: number[] | null;
}

export interface CategoryRow {
  name: string;
  figure: FigureId | null;
  /** False when an ending it needs has no route (not reachable, or the search did not finish). */
  complete: boolean;
  fewest: CategoryRoute | null;
  timed: CategoryRoute | null;
}

const byFewest = (a: RoutePlay, b: RoutePlay): number =>
  a.choices.length - b.choices.length || a.words - b.words;
const byTime = (a: RoutePlay, b: RoutePlay): number => seconds(a) - seconds(b);

function single(ending: string, r: RoutePlay): CategoryRoute {
  return {
    endings: [ending],
    choices: r.choices.length,
    words: r.words,
    seconds: seconds(r),
    route: r.choices,
  };
}

function sum(rows: RouteRow[], pick: (r: RouteRow) => RoutePlay): CategoryRoute {
  const plays = rows.map(pick);
  return {
    endings: rows.map((r) => r.ending),
    choices: plays.reduce((n, p) => n + p.choices.length, 0),
    words: plays.reduce((n, p) => n + p.words, 0),
    seconds: plays.reduce((n, p) => n + seconds(p), 0),
    route: null,
  };
}

/** The one ending's routes (Historical, ★). */
function oneEnding(
  name: string,
  figure: FigureId,
  def: EndingDef | undefined,
  routes: RouteRow[],
): CategoryRow {
  const row = def && routes.find((r) => r.ending === def.id);
  return {
    name,
    figure,
    complete: !!row,
    fewest: row ? single(row.ending, row) : null,
    timed: row ? single(row.ending, row.timed) : null,
  };
}

/** Any% takes the best route of any of the figure's endings, by each measure. */
function anyEnding(figure: FigureId, rows: RouteRow[]): CategoryRow {
  const fewest = [...rows].sort(byFewest)[0];
  const timed = [...rows].sort((a, b) => byTime(a.timed, b.timed))[0];
  return {
    name: 'Any%',
    figure,
    complete: rows.length > 0,
    fewest: fewest ? single(fewest.ending, fewest) : null,
    timed: timed ? single(timed.ending, timed.timed) : null,
  };
}

/** Every listed ending, one run each: incomplete when one has no route. */
function allOf(name: string, figure: FigureId | null, endings: EndingDef[], routes: RouteRow[]): CategoryRow {
  const rows = endings.flatMap((e) => routes.filter((r) => r.ending === e.id));
  const complete = rows.length === endings.length;
  return {
    name,
    figure,
    complete,
    fewest: complete ? sum(rows, (r) => r) : null,
    timed: complete ? sum(rows, (r) => r.timed) : null,
  };
}

export function categoryRoutes(routes: RouteRow[]): CategoryRow[] {
  const out: CategoryRow[] = [];
  for (const f of FIGURES) {
    const mine = ENDINGS.filter((e) => e.figure === f.id);
    const rows = routes.filter((r) => mine.some((e) => e.id === r.ending));
    out.push(
      anyEnding(f.id, rows),
      oneEnding(
        'Historical',
        f.id,
        mine.find((e) => e.historical),
        routes,
      ),
      oneEnding(
        '★',
        f.id,
        mine.find((e) => e.star),
        routes,
      ),
      allOf('All Endings', f.id, mine, routes),
    );
  }
  out.push(allOf('All 18', null, [...ENDINGS], routes));
  return out;
}
