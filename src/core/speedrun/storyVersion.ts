/**
 * The story version a speedrun category is run on. Each campaign is its own
 * compiled story with its own hash, so a category of one figure is versioned by
 * that campaign alone (a change to another campaign keeps its records), and All
 * 18 by the three together. The game, run:verify and the records agree on it.
 */
import { FIGURE_IDS, type FigureId } from '../figures';
import type { Category } from './categories';

export type CampaignHashes = Readonly<Record<FigureId, string>>;

export function categoryStoryVersion(category: Pick<Category, 'figure'>, hashes: CampaignHashes): string {
  return category.figure ? hashes[category.figure] : FIGURE_IDS.map((f) => hashes[f]).join('+');
}
