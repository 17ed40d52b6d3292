/** Several search visitors as one: the search calls each in turn, in the order given. */
import type { SearchVisitor } from './search.ts';

export function allOf(...visitors: SearchVisitor[]): SearchVisitor {
  return {
    beforeStep: () => visitors.forEach((v) => v.beforeStep()),
    afterStep: (outcome, route) => visitors.forEach((v) => v.afterStep(outcome, route)),
    newState: (route) => visitors.forEach((v) => v.newState(route)),
    stopped: (outcome, route) => visitors.forEach((v) => v.stopped(outcome, route)),
  };
}
