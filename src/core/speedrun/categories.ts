/**
 * The speedrun categories and their rules, in one place: the game's category
 * select, the run file, the verifier (`npm run run:verify`) and docs/SPEEDRUN.md
 * all read them from here. Which ending is historical and which is the
 * hardest (★) comes from the endings catalogue, never from a second list.
 */
import { ENDINGS, endingsOf } from '../endings';
import { FIGURES, type FigureId } from '../figures';

/**
 * - `any`: one campaign, any ending.
 * - `historical`: one campaign, the figure's historical ending.
 * - `star`: one campaign, the figure's hardest ending (★).
 * - `allEndings`: the figure's six endings, campaign after campaign, the timer running on.
 * - `all18`: every ending of the three figures, the same way.
 * Practice is not a category: it starts from a seen decision and times
 * segments (app/practice.ts), so it is never a run to verify.
 */
export type CategoryKind = 'any' | 'historical' | 'star' | 'allEndings' | 'all18';

export interface Category {
  /** Stable id, stored in run files and records, e.g. "shtern-star". */
  id: string;
  kind: CategoryKind;
  /** The figure every campaign of the run plays; null when the runner picks one per campaign (All 18). */
  figure: FigureId | null;
  /** "Shtern — ★": the figure and the category, as the category select names it. */
  name: string;
  /** The published default seed: the same story randomness for everyone. */
  seed: number;
  /**
   * Endings that finish the run. A one-campaign category accepts any one of
   * them; a chain needs every one of them (a repeat only costs time).
   */
  targets: readonly string[];
  /** One campaign, or campaigns in a row until every target is reached. */
  chain: boolean;
  /** The rule in words, for the category select and docs/SPEEDRUN.md. */
  rule: string;
}

const LABEL: Record<CategoryKind, string> = {
  any: 'Any%',
  historical: 'Historical',
  star: '★',
  allEndings: 'All Endings',
  all18: 'All 18',
};

/**
 * Published default seeds, one per category. They never change once
 * published: a new seed would make runs incomparable.
 */
const SEEDS: Record<string, number> = {
  'shtern-any': 1938072901,
  'shtern-historical': 1938072902,
  'shtern-star': 1938072903,
  'shtern-all-endings': 1938072904,
  'chiang-any': 1937082101,
  'chiang-historical': 1937082102,
  'chiang-star': 1937082103,
  'chiang-all-endings': 1937082104,
  'kwantung-any': 1939051101,
  'kwantung-historical': 1939051102,
  'kwantung-star': 1939051103,
  'kwantung-all-endings': 1939051104,
  'all-18': 1941061301,
};

function figureCategories(figure: FigureId, shortName: string): Category[] {
  const mine = endingsOf(figure);
  const ids = mine.map((e) => e.id);
  const historical = mine.filter((e) => e.historical).map((e) => e.id);
  const star = mine.filter((e) => e.star).map((e) => e.id);
  const make = (
    kind: Exclude<CategoryKind, 'all18'>,
    slug: string,
    targets: string[],
    rule: string,
  ): Category => {
    const id = `${figure}-${slug}`;
    return {
      id,
      kind,
      figure,
      name: `${shortName} — ${LABEL[kind]}`,
      seed: SEEDS[id]!,
      targets,
      chain: kind === 'allEndings',
      rule,
    };
  };
  return [
    make('any', 'any', ids, `Reach any of ${shortName}’s endings.`),
    make(
      'historical',
      'historical',
      historical,
      `Reach ${shortName}’s historical ending (${historical.join(', ')}).`,
    ),
    make('star', 'star', star, `Reach ${shortName}’s hardest ending ★ (${star.join(', ')}).`),
    make(
      'allEndings',
      'all-endings',
      ids,
      `Reach all ${ids.length} of ${shortName}’s endings (${ids.join(', ')}), campaign after campaign without returning to the title; the timer runs on between campaigns.`,
    ),
  ];
}

/** Every category, in the category select's order: per figure, then All 18. */
export const CATEGORIES: readonly Category[] = [
  ...FIGURES.flatMap((f) => figureCategories(f.id, f.shortName)),
  {
    id: 'all-18',
    kind: 'all18',
    figure: null,
    name: `All ${ENDINGS.length}`,
    seed: SEEDS['all-18']!,
    targets: ENDINGS.map((e) => e.id),
    chain: true,
    rule: `Reach all ${ENDINGS.length} endings of the three figures, campaign after campaign without returning to the title, choosing the figure of each campaign; the timer runs on between campaigns.`,
  },
];

export function categoryById(id: string): Category | undefined {
  return CATEGORIES.find((c) => c.id === id);
}

/** A campaign of a run: the figure played and the ending reached. */
export interface Campaign {
  figure: FigureId;
  ending: string;
}

/** Where a run stands after its campaigns so far. */
export type Progress =
  /** Every target the rule asks for is reached: the run is over and counts. */
  | { kind: 'complete' }
  /** A chain with targets left: the next campaign may be any of `figures`. */
  | { kind: 'next'; remaining: string[]; figures: FigureId[] }
  /** The rule is broken: the run is over and does not count. */
  | { kind: 'broken'; reason: string };

/**
 * The category's rule applied to a run's campaigns in order: the one place
 * that says whether a run is complete, goes on, or is broken. The game asks it
 * after every ending; the verifier asks it of a replayed run file.
 */
export function judgeCampaigns(category: Category, campaigns: readonly Campaign[]): Progress {
  const reached = new Set<string>();
  for (const [i, c] of campaigns.entries()) {
    const where = category.chain ? `campaign ${i + 1}: ` : '';
    if (category.figure && c.figure !== category.figure)
      return {
        kind: 'broken',
        reason: `${where}${category.name} is played as ${category.figure}, not ${c.figure}`,
      };
    if (!category.chain) {
      if (i > 0)
        return {
          kind: 'broken',
          reason: `${category.name} is one campaign, but the run has ${campaigns.length}`,
        };
      if (!category.targets.includes(c.ending))
        return {
          kind: 'broken',
          reason: `${category.name} needs ${category.targets.join(' or ')}, but the run reached ${c.ending}`,
        };
      return { kind: 'complete' };
    }
    if (!category.targets.includes(c.ending))
      return { kind: 'broken', reason: `${where}${c.ending} is not an ending of ${category.name}` };
    // A repeated ending is allowed: it costs the runner a campaign, nothing more.
    reached.add(c.ending);
    const remaining = category.targets.filter((t) => !reached.has(t));
    if (remaining.length === 0)
      return i === campaigns.length - 1
        ? { kind: 'complete' }
        : { kind: 'broken', reason: `the run goes on after every ending was reached` };
  }
  const remaining = category.targets.filter((t) => !reached.has(t));
  const figures = FIGURES.map((f) => f.id).filter((f) =>
    ENDINGS.some((e) => e.figure === f && remaining.includes(e.id)),
  );
  return { kind: 'next', remaining, figures };
}
