/**
 * The state budget a writer reads in docs/WRITING.md section 5 is the one
 * story:check warns at, and only a campaign past it gets the warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATES_PER_PART_BUDGET, budgetWarnings } from '../../tools/ink/checkReport.ts';

describe('the state budget', () => {
  it('is the number docs/WRITING.md gives', () => {
    const doc = readFileSync('docs/WRITING.md', 'utf8');
    const stated = /Budget: each campaign explores completely in at most ([\d,]+) states/.exec(doc)?.[1];
    expect(Number(stated?.replaceAll(',', ''))).toBe(STATES_PER_PART_BUDGET);
  });

  it('warns for each campaign past it, by its root choice, and for no other', () => {
    expect(budgetWarnings([41_716, STATES_PER_PART_BUDGET + 1, STATES_PER_PART_BUDGET])).toEqual([
      `warning: root choice 2 needed ${STATES_PER_PART_BUDGET + 1} states, past the budget of ${STATES_PER_PART_BUDGET} (docs/WRITING.md section 5)`,
    ]);
  });
});
