/** The categories come from the endings catalogue, and their rules say when a run counts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryById, judgeCampaigns } from '../../../src/core/speedrun/categories';
import { ENDINGS } from '../../../src/core/endings';
import { parseSeed } from '../../../src/core/speedrun/seeds';

describe('speedrun categories', () => {
  it('offers Any%, Historical, ★ and All Endings per figure, and All 18, each with its own published seed', () => {
    expect(CATEGORIES.map((c) => c.name)).toEqual([
      'Shtern — Any%',
      'Shtern — Historical',
      'Shtern — ★',
      'Shtern — All Endings',
      'Chiang — Any%',
      'Chiang — Historical',
      'Chiang — ★',
      'Chiang — All Endings',
      'Kurosawa — Any%',
      'Kurosawa — Historical',
      'Kurosawa — ★',
      'Kurosawa — All Endings',
      'All 18',
    ]);
    expect(new Set(CATEGORIES.map((c) => c.seed)).size).toBe(CATEGORIES.length);
  });

  it('takes the historical and the hardest ending of each figure from the catalogue', () => {
    for (const c of CATEGORIES.filter((c) => c.kind === 'historical'))
      expect(c.targets).toEqual(
        ENDINGS.filter((e) => e.figure === c.figure && e.historical).map((e) => e.id),
      );
    expect(categoryById('shtern-star')?.targets).toEqual(['SH-E6']);
    expect(categoryById('chiang-star')?.targets).toEqual(['CH-E6']);
    expect(categoryById('kwantung-historical')?.targets).toEqual(['KW-E5']);
    expect(categoryById('all-18')?.targets).toHaveLength(18);
  });

  it('judges one-campaign runs', () => {
    const star = categoryById('shtern-star')!;
    expect(judgeCampaigns(star, [{ figure: 'shtern', ending: 'SH-E6' }])).toEqual({ kind: 'complete' });
    expect(judgeCampaigns(star, [{ figure: 'shtern', ending: 'SH-E1' }])).toEqual({
      kind: 'broken',
      reason: 'Shtern — ★ needs SH-E6, but the run reached SH-E1',
    });
    expect(
      judgeCampaigns(categoryById('shtern-any')!, [{ figure: 'chiang', ending: 'CH-E1' }]),
    ).toMatchObject({
      kind: 'broken',
    });
  });

  it('judges chains: every ending once, repeats cost only time, the next campaign’s figures', () => {
    const all = categoryById('kwantung-all-endings')!;
    const e = (ending: string) => ({ figure: 'kwantung' as const, ending });
    expect(judgeCampaigns(all, [e('KW-E1'), e('KW-E1')])).toMatchObject({
      kind: 'next',
      remaining: ['KW-E2', 'KW-E3', 'KW-E4', 'KW-E6', 'KW-E5'],
      figures: ['kwantung'],
    });
    expect(judgeCampaigns(all, ['KW-E1', 'KW-E2', 'KW-E3', 'KW-E4', 'KW-E6', 'KW-E5'].map(e))).toEqual({
      kind: 'complete',
    });
    const all18 = categoryById('all-18')!;
    const shtern = ENDINGS.filter((x) => x.figure === 'shtern').map((x) => ({
      figure: 'shtern' as const,
      ending: x.id,
    }));
    expect(judgeCampaigns(all18, shtern)).toMatchObject({ kind: 'next', figures: ['chiang', 'kwantung'] });
  });

  it('reads a custom seed, or says what a seed is', () => {
    expect(parseSeed(' 42 ')).toEqual({ ok: true, seed: 42 });
    expect(parseSeed('-1')).toEqual({ ok: false, message: 'A seed is a whole number from 0 to 2147483646.' });
    expect(parseSeed('9999999999')).toEqual({ ok: false, message: 'A seed is at most 2147483646.' });
  });

  it('are published in docs/SPEEDRUN.md with their ids, seeds and rules', () => {
    const doc = readFileSync('docs/SPEEDRUN.md', 'utf8');
    for (const c of CATEGORIES) expect(doc).toContain(`| ${c.name} | \`${c.id}\` | ${c.seed} | ${c.rule} |`);
  });
});
