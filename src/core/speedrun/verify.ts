/**
 * The moderator's rules for a run file, checked against a replay of it
 * through the game's own runner (the replay itself is narrative's job,
 * `replayRunFile`): the story version, every choice existing where it was
 * taken, the endings, the splits, the times and the category's rule. Every
 * failure says what differs and where.
 */
import { categoryById, judgeCampaigns } from './categories';
import type { RunFile } from './runFile';
import { formatTime } from './splits';

/** A campaign of the run as the replay played it. */
export interface ReplayedCampaign {
  /** The ending the replay reached, or null when it stopped before one. */
  ending: string | null;
  /**
   * The chapters it passed through in order, each with the choice (an index
   * into the run's `choices`) that closed it: the choice after which the next
   * chapter began or the ending came; null when nothing closed it.
   */
  chapters: { chapter: string; closedBy: number | null }[];
}

export interface Replay {
  campaigns: ReplayedCampaign[];
  /** Why the replay could not go on (a choice that does not exist…), or null. */
  failure: string | null;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

const fail = (reason: string): Verdict => ({ ok: false, reason });

/** Is the run file made on this story version? Checked before anything is replayed. */
export function checkStoryVersion(file: RunFile, storyHash: string): Verdict {
  return file.storyHash === storyHash
    ? { ok: true }
    : fail(
        `the run was played on story version ${file.storyHash}, but this game's story is version ${storyHash}: verify it with the game version it was run on`,
      );
}

/** Times never go backwards, the splits and the run's IGT agree, and IGT is within real time. */
export function checkTimes(file: RunFile): Verdict {
  let previous = 0;
  for (const [i, c] of file.choices.entries()) {
    if (c.igtMs < previous)
      return fail(
        `time goes backwards: choice ${i + 1} was taken at ${formatTime(c.igtMs)}, before choice ${i} at ${formatTime(previous)}`,
      );
    previous = c.igtMs;
  }
  previous = 0;
  for (const [i, s] of file.splits.entries()) {
    if (s.igtMs < previous)
      return fail(
        `time goes backwards: split ${i + 1} (${s.chapter}) is at ${formatTime(s.igtMs)}, before split ${i} at ${formatTime(previous)}`,
      );
    previous = s.igtMs;
  }
  const last = file.splits[file.splits.length - 1];
  if (!last) return fail('the run has no splits');
  if (last.igtMs !== file.igtMs)
    return fail(
      `the run's IGT ${formatTime(file.igtMs)} is not its last split's time ${formatTime(last.igtMs)} (the ending)`,
    );
  if (file.igtMs > file.rtaMs)
    return fail(`IGT ${formatTime(file.igtMs)} is more than real time ${formatTime(file.rtaMs)}`);
  if (file.hiddenMs > file.rtaMs)
    return fail(`hidden time ${formatTime(file.hiddenMs)} is more than real time ${formatTime(file.rtaMs)}`);
  return { ok: true };
}

/** The replay reached the file's endings and passed the file's split chapters, at the times of the choices that closed them. */
export function checkAgainstReplay(file: RunFile, replay: Replay): Verdict {
  if (replay.failure) return fail(replay.failure);
  if (replay.campaigns.length !== file.campaigns.length)
    return fail(
      `the file lists ${file.campaigns.length} campaigns, but its choices play ${replay.campaigns.length}`,
    );
  for (const [i, played] of replay.campaigns.entries()) {
    const claimed = file.campaigns[i]!;
    const where = file.campaigns.length > 1 ? `campaign ${i + 1}: ` : '';
    if (played.ending === null) return fail(`${where}the choices stop before an ending`);
    if (played.ending !== claimed.ending)
      return fail(`${where}the replay reaches ${played.ending}, but the file says ${claimed.ending}`);
  }
  const lastEnding = file.campaigns[file.campaigns.length - 1]?.ending;
  if (file.ending !== lastEnding)
    return fail(`the file's ending ${file.ending} is not its last campaign's ending ${lastEnding}`);
  const expected = replay.campaigns.flatMap((c, campaign) => c.chapters.map((ch) => ({ campaign, ...ch })));
  if (expected.length !== file.splits.length)
    return fail(
      `the replay passes ${expected.length} chapters (${expected.map((e) => e.chapter).join(', ')}), but the file has ${file.splits.length} splits`,
    );
  for (const [i, want] of expected.entries()) {
    const split = file.splits[i]!;
    if (split.chapter !== want.chapter || split.campaign !== want.campaign)
      return fail(`split ${i + 1} is ${split.chapter}, but the replay's chapter ${i + 1} is ${want.chapter}`);
    const closing = want.closedBy === null ? undefined : file.choices[want.closedBy];
    if (closing && closing.igtMs !== split.igtMs)
      return fail(
        `split ${i + 1} (${split.chapter}) is at ${formatTime(split.igtMs)}, but the choice that ended the chapter (choice ${want.closedBy! + 1}) was taken at ${formatTime(closing.igtMs)}`,
      );
  }
  return { ok: true };
}

/** The category exists, matches the file's figure and seed field, and its rule holds for the campaigns. */
export function checkCategory(file: RunFile): Verdict {
  const category = categoryById(file.category);
  if (!category) return fail(`unknown category "${file.category}"`);
  if ((category.figure ?? 'all') !== file.figure)
    return fail(
      `${category.name} is played as ${category.figure ?? 'all'}, but the file says ${file.figure}`,
    );
  const progress = judgeCampaigns(category, file.campaigns);
  if (progress.kind === 'broken') return fail(progress.reason);
  if (progress.kind === 'next')
    return fail(`${category.name} is not complete: ${progress.remaining.join(', ')} not reached`);
  return { ok: true };
}

/** All the rules, in the order a moderator reads them: version, category, times, then the replay. */
export function verifyRun(file: RunFile, storyHash: string, replay: () => Replay): Verdict {
  for (const check of [
    () => checkStoryVersion(file, storyHash),
    () => checkCategory(file),
    () => checkTimes(file),
    () => checkAgainstReplay(file, replay()),
  ]) {
    const verdict = check();
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
