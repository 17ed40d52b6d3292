/**
 * Speedrun mode driven as the page drives it, on the real campaigns with a fake
 * clock: a ★ run of Shtern splits at every chapter and ends in a run file the
 * verifier accepts; the controller’s own work (a story step, loading a
 * campaign’s story) is not timed; a reload resumes the run through Continue;
 * records, undo and seeds behave as a runner expects.
 */
import { describe, expect, it } from 'vitest';
import { categoryById } from '../../../src/core/speedrun/categories';
import { verifyRun } from '../../../src/core/speedrun/verify';
import type { SpeedrunEvent } from '../../../src/app/speedrun/events';
import { replayRunFile } from '../../../src/narrative/replayRunFile';
import { parseRunFile } from '../../../src/persistence/runFileSchema';
import { campaignStory } from '../../helpers/campaigns';
import { SHTERN_STAR, speedrunApp } from '../../helpers/speedrunApp';

const STAR = categoryById('shtern-star')!;

/** Plays `route` (0-based), the runner reading each page for `readMs` before choosing. */
function play(h: ReturnType<typeof speedrunApp>, route: number[], readMs = 1000): void {
  for (const i of route) {
    h.clock.advance(readMs);
    h.app.choose(i);
  }
}

describe('a speedrun session', () => {
  it('times a ★ run, splits at every chapter and writes a run file the verifier accepts', async () => {
    const h = speedrunApp();
    const events: SpeedrunEvent[] = [];
    h.run.subscribe((e) => events.push(e));
    h.app.toTitle();
    await h.run.start(STAR);
    expect(h.app.state.kind).toBe('playing');
    expect(h.run.seed).toBe(STAR.seed);
    expect(h.app.state.kind === 'playing' && h.app.state.session.run.seed).toBe(STAR.seed);
    expect(h.app.canUndo()).toBe(false);
    play(h, SHTERN_STAR);
    expect(h.app.state).toMatchObject({ kind: 'ended', ending: 'SH-E6' });
    expect(h.run.finished).toBe(true);

    const splits = events.filter((e) => e.type === 'split');
    expect(splits.map((s) => s.type === 'split' && s.split.chapter)).toEqual(
      Array.from({ length: 12 }, (_, i) => `SH-${i + 1}`),
    );
    expect(splits.map((s) => s.type === 'split' && s.final)).toEqual([...Array(11).fill(false), true]);
    // Each chapter took one page of reading: a second of IGT each.
    expect(splits.map((s) => s.type === 'split' && s.split.igtMs)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i + 1) * 1000),
    );

    const file = parseRunFile(h.run.runFile()!.text);
    if (!file.ok) throw new Error(file.message);
    expect(file.file).toMatchObject({
      category: 'shtern-star',
      figure: 'shtern',
      seed: STAR.seed,
      ending: 'SH-E6',
      igtMs: 12_000,
      hiddenMs: 0,
      storyHash: h.hashes.shtern,
    });
    expect(file.file.choices.map((c) => c.index)).toEqual(SHTERN_STAR);
    expect(verifyRun(file.file, h.hashes.shtern, () => replayRunFile(campaignStory, file.file))).toEqual({
      ok: true,
    });
  });

  it('does not time the controller’s own work: a slow story step adds RTA, not IGT', async () => {
    const h = speedrunApp();
    h.app.toTitle();
    await h.run.start(STAR);
    // Make every step of the story take 5 s of clock time inside the controller.
    const session = h.app.state.kind === 'playing' ? h.app.state.session : null;
    const proto = Object.getPrototypeOf(session) as { choose: (i: number) => unknown };
    const original = proto.choose;
    proto.choose = function (this: unknown, i: number) {
      h.clock.advance(5000);
      return original.call(this, i);
    };
    try {
      h.clock.advance(2000);
      h.app.choose(SHTERN_STAR[0]!);
    } finally {
      proto.choose = original;
    }
    expect(h.run.igtMs()).toBe(2000);
    expect(h.run.rtaMs()).toBe(7000);
    expect(h.run.rows()).toMatchObject([{ chapter: 'SH-1', igtMs: 2000, deltaMs: null, gold: true }]);
  });

  it('does not time loading a campaign’s story: the download adds RTA, not IGT', async () => {
    const h = speedrunApp(undefined, undefined, 4000);
    h.app.toTitle();
    const starting = h.run.start(STAR);
    expect(h.run.running).toBe(false); // the story is loading: the game is busy
    await starting;
    expect(h.app.state.kind).toBe('playing');
    expect(h.run.running).toBe(true);
    h.clock.advance(1000);
    h.app.choose(SHTERN_STAR[0]!);
    expect(h.run.igtMs()).toBe(1000);
    expect(h.run.rtaMs()).toBe(5000);
  });

  it('resumes after a reload through Continue, and the run file records the interruption', async () => {
    const first = speedrunApp();
    first.app.toTitle();
    await first.run.start(STAR);
    play(first, SHTERN_STAR.slice(0, 5));
    first.clock.advance(700);
    first.run.setHidden(true); // the page unloads

    // A new page load on the same storage: the run waits at the title for Continue.
    const second = speedrunApp(first.storage);
    expect(second.run.suspended).toBe(true);
    second.app.toTitle();
    second.clock.advance(4000);
    await second.app.continueSaved();
    expect(second.run.suspended).toBe(false);
    expect(second.app.canUndo()).toBe(false);
    play(second, SHTERN_STAR.slice(5));
    expect(second.app.state).toMatchObject({ kind: 'ended', ending: 'SH-E6' });
    const file = parseRunFile(second.run.runFile()!.text);
    if (!file.ok) throw new Error(file.message);
    expect(file.file.igtMs).toBe(12_000 + 700);
    expect(file.file.interruptions).toHaveLength(1);
    expect(file.file.interruptions[0]!.atIgtMs).toBe(5700);
    expect(file.file.splits).toHaveLength(12);
    expect(verifyRun(file.file, second.hashes.shtern, () => replayRunFile(campaignStory, file.file))).toEqual(
      {
        ok: true,
      },
    );
  });

  it('keeps attempts, the personal best, golds and the sum of best per category', async () => {
    const h = speedrunApp();
    h.app.toTitle();
    await h.run.start(STAR);
    play(h, SHTERN_STAR, 1000);
    expect(h.run.records()).toMatchObject({ attempts: 1, pb: { igtMs: 12_000 } });
    await h.run.newAttempt();
    // Faster everywhere but the third chapter.
    play(h, SHTERN_STAR.slice(0, 2), 800);
    h.clock.advance(1500);
    h.app.choose(SHTERN_STAR[2]!);
    const rows = h.run.rows();
    expect(rows.map((r) => r.deltaMs)).toEqual([-200, -400, 100]);
    expect(rows.map((r) => r.gold)).toEqual([true, true, false]);
    h.run.reset();
    expect(h.app.state.kind).toBe('title');
    expect(h.app.canUndo()).toBe(false); // no run on the title
    const records = h.store.records('shtern-star', h.hashes.shtern);
    expect(records.attempts).toBe(2);
    expect(records.pb?.igtMs).toBe(12_000); // a reset run never replaces the PB…
    expect(records.golds['SH-1']).toBe(800); // …but its best segments count
    await h.run.start(STAR);
    expect(h.run.sumOfBest()).toBe(12_000 - 200 - 200);
  });

  it('runs All Endings as one timed chain without the title between campaigns', async () => {
    const h = speedrunApp();
    h.app.toTitle();
    const titles: string[] = [];
    h.app.subscribe((e) => e.type === 'title' && titles.push('title'));
    await h.run.start(categoryById('kwantung-all-endings')!);
    play(h, [2, 0, 1, 0, 1]); // KW-E1 (docs/ROUTES.md)
    expect(h.app.state).toMatchObject({ kind: 'ended', ending: 'KW-E1' });
    expect(h.run.finished).toBe(false);
    expect(h.run.nextFigures()).toEqual(['kwantung']);
    h.clock.advance(3000); // the runner reads the ending: IGT counts
    await h.run.nextCampaign('kwantung');
    expect(h.app.state.kind).toBe('playing');
    expect(h.run.igtMs()).toBe(8000);
    expect(titles).toEqual([]);
    expect(
      h.run
        .rows()
        .map((r) => r.key)
        .slice(4, 6),
    ).toEqual(['1·KW-5n', '2·KW-1'].slice(0, 1));
  });

  it('ends a run at an ending its category does not accept: not valid, no personal best, refused by the verifier', async () => {
    const h = speedrunApp();
    h.app.toTitle();
    const historical = categoryById('shtern-historical')!;
    await h.run.start(historical);
    play(h, SHTERN_STAR);
    expect(h.run.finished).toBe(true);
    expect(h.run.brokenReason).toBe('Shtern — Historical needs SH-E5, but the run reached SH-E6');
    expect(h.store.records('shtern-historical', h.hashes.shtern).pb).toBeNull();
    const file = parseRunFile(h.run.runFile()!.text);
    if (!file.ok) throw new Error(file.message);
    expect(verifyRun(file.file, h.hashes.shtern, () => replayRunFile(campaignStory, file.file))).toEqual({
      ok: false,
      reason: 'Shtern — Historical needs SH-E5, but the run reached SH-E6',
    });
  });

  it('ends the attempt when a save is opened, and gives undo back', async () => {
    const h = speedrunApp();
    h.app.toTitle();
    await h.run.start(STAR);
    play(h, SHTERN_STAR.slice(0, 2));
    await h.app.saveToSlot('1');
    const reasons: string[] = [];
    h.run.subscribe((e) => e.type === 'reset' && reasons.push(e.reason));
    await h.app.loadSlot('1');
    expect(reasons).toEqual(['A save was opened. The speedrun attempt ended.']);
    expect(h.run.active).toBe(false);
    expect(h.app.canUndo()).toBe(true);
  });

  it('resumes a chain paused between campaigns by a reload at Next campaign', async () => {
    const first = speedrunApp();
    first.app.toTitle();
    await first.run.start(categoryById('kwantung-all-endings')!);
    play(first, [2, 0, 1, 0, 1]); // KW-E1
    first.clock.advance(1000);
    first.run.setHidden(true);

    const second = speedrunApp(first.storage);
    second.app.toTitle();
    expect(second.run.suspended).toBe(true);
    expect(second.run.nextFigures()).toEqual(['kwantung']);
    second.clock.advance(5000);
    await second.run.nextCampaign('kwantung');
    expect(second.run.suspended).toBe(false);
    expect(second.app.state.kind).toBe('playing');
    expect(second.run.igtMs()).toBe(6000);
  });
});
