/**
 * Each campaign's compiled story is its own chunk (tools/vite-plugin-ink.ts):
 * the page fetches only the campaign the player picks, or points at. A figure
 * added to FIGURE_IDS without its line here is a type error.
 */
import type { FigureId } from '../core/figures';
import type { StorySource } from '../core/ports';

type StoryModule = { storyJson: string; storyHash: string };

const CAMPAIGNS: Record<FigureId, () => Promise<StoryModule>> = {
  shtern: () => import('virtual:campaign/shtern'),
  chiang: () => import('virtual:campaign/chiang'),
  kwantung: () => import('virtual:campaign/kwantung'),
};

export async function loadCampaignStory(figure: FigureId): Promise<StorySource> {
  const { storyJson, storyHash } = await CAMPAIGNS[figure]();
  return { json: storyJson, hash: storyHash };
}
