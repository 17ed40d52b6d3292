/**
 * Replays a speedrun's run file through the game's own session, campaign by
 * campaign, as the game played it: each campaign starts at its figure's start
 * knot with the run's seed, and takes the recorded choices by index. What it
 * reports (endings, chapters and the choices that closed them) is judged by
 * the core rules (`core/speedrun/verify.ts`).
 */
import type { FigureId } from '../core/figures';
import type { StorySource } from '../core/ports';
import type { RunFile } from '../core/speedrun/runFile';
import { ChapterSplitter } from '../core/speedrun/splits';
import type { Replay, ReplayedCampaign } from '../core/speedrun/verify';
import { GameSession } from './session';

/** `story`: one story that holds every campaign, or each campaign's own (as the game loads them). */
export function replayRunFile(
  story: StorySource | ((figure: FigureId) => StorySource),
  file: Pick<RunFile, 'seed' | 'campaigns' | 'choices' | 'startedAt'>,
): Replay {
  const campaigns: ReplayedCampaign[] = [];
  for (const [n, campaign] of file.campaigns.entries()) {
    const where = file.campaigns.length > 1 ? ` (campaign ${n + 1})` : '';
    const played: ReplayedCampaign = { ending: null, chapters: [] };
    campaigns.push(played);
    const splitter = new ChapterSplitter<number | null>((chapter, closedBy) =>
      played.chapters.push({ chapter, closedBy }),
    );
    const source = typeof story === 'function' ? story(campaign.figure) : story;
    const session = GameSession.start(source, campaign.figure, file.seed, new Date(file.startedAt));
    for (const c of session.events.chapters) splitter.enter(c.id, null);
    for (const [k, choice] of file.choices.entries()) {
      if (choice.campaign !== n) continue;
      if (played.ending !== null)
        return {
          campaigns,
          failure: `choice ${k + 1}${where}: the campaign had already reached ${played.ending}`,
        };
      const offered = session.page.choices;
      if (!Number.isInteger(choice.index) || choice.index < 0 || choice.index >= offered.length)
        return {
          campaigns,
          failure: `choice ${k + 1}${where} at ${session.page.chapter}: index ${choice.index} does not exist; ${offered.length} choices were offered (0–${offered.length - 1}: ${offered.join(' | ')})`,
        };
      const { events } = session.choose(choice.index);
      for (const c of events.chapters) splitter.enter(c.id, k);
      if (events.ending) {
        played.ending = events.ending;
        splitter.end(k);
      }
    }
  }
  return { campaigns, failure: null };
}
