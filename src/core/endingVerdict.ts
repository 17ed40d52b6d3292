/**
 * What kind of ending a run reached, judged on the story's final variables:
 * the ending screen's kicker says "historical" only for a run that stayed on
 * the historical line (issue 7: a Chiang run after the Red Army took Harbin
 * still lands on his default ending, which is not history).
 */
import type { EndingDef } from './endings';
import { flag, str, type StoryVars } from './storyVars';

/**
 * Did the run follow history? The story keeps the active timeline in `tl`
 * (bible §1.4, §3.6): every S0 and S1 event moves it off "OTL". The one
 * alternate event that can happen on the OTL timeline is Kantokuen sanctioned
 * (Japan ordered to war in the north in September 1941), so it leaves history too.
 */
export function followedHistory(finalVars: StoryVars): boolean {
  return str(finalVars, 'tl') === 'OTL' && !flag(finalVars, 'kantokuen');
}

export type EndingKind = 'historical' | 'default-changed' | 'star' | 'other';

/** The ending's kind for this run: the historical default counts as historical only on a historical run. */
export function endingKind(ending: EndingDef | undefined, finalVars: StoryVars): EndingKind {
  if (ending?.historical) return followedHistory(finalVars) ? 'historical' : 'default-changed';
  return ending?.star ? 'star' : 'other';
}
