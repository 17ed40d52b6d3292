/**
 * The routes docs/ROUTES.md publishes, read back for tests that play them.
 * tests/tools/routes.test.ts fails when the file no longer matches a fresh
 * search of the story, so a test that plays these plays the current routes
 * without searching the story again (about a minute on CI's 2 cores).
 */

/** A route to an ending: its choices by number, from the root (the first picks the figure). */
export interface DocumentedRoute {
  ending: string;
  choices: number[];
}

/**
 * The routes of docs/ROUTES.md (choice numbers from the root), by ending: every
 * ending table's route column, found by its header, so a column added before it
 * (the estimated time) does not hide the routes.
 */
export function documentedRoutes(markdown: string): DocumentedRoute[] {
  const out: DocumentedRoute[] = [];
  let routeColumn = -1;
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] === 'ending') routeColumn = cells.indexOf('route');
    const id = /^([A-Z]{2}-E\d)\b/.exec(cells[1] ?? '');
    const route = cells[routeColumn] ?? '';
    if (id && routeColumn > 0 && /^\d+(,\d+)*$/.test(route))
      out.push({ ending: id[1]!, choices: route.split(',').map(Number) });
  }
  return out;
}

/** The fewest-choices route to each ending: the first one its campaign's tables list. */
export function fewestChoiceRoutes(markdown: string): DocumentedRoute[] {
  const seen = new Set<string>();
  return documentedRoutes(markdown).filter((r) => !seen.has(r.ending) && seen.add(r.ending));
}
