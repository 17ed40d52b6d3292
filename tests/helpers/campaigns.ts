/**
 * Each campaign's story as the game loads it (tools/ink/campaigns.ts, hashed
 * as the build hashes it), compiled once per test file: run files made in
 * tests then name the same story versions run:verify checks them against.
 */
import { FIGURE_IDS, type FigureId } from '../../src/core/figures';
import type { StorySource } from '../../src/core/ports';
import type { CampaignHashes } from '../../src/core/speedrun/storyVersion';
import { compileCampaign } from '../../tools/ink/campaigns';
import { storyHash } from '../../tools/ink/storyHash';

const compiled = new Map<FigureId, StorySource>();

export function campaignStory(figure: FigureId): StorySource {
  let story = compiled.get(figure);
  if (!story) {
    const result = compileCampaign('story/main.ink', figure);
    if (!result.json)
      throw new Error(`the ${figure} campaign does not compile: ${result.errors[0]?.message}`);
    compiled.set(figure, (story = { json: result.json, hash: storyHash(result.json) }));
  }
  return story;
}

export function campaignHashes(): CampaignHashes {
  return Object.fromEntries(FIGURE_IDS.map((f) => [f, campaignStory(f).hash])) as Record<FigureId, string>;
}
