/**
 * The LiveSplit Server bridge against a real local WebSocket server (the `ws`
 * package) standing in for LiveSplit: a ★ run sends starttimer, a split per
 * chapter and the final split, in order, with the game time of each split; it
 * is off until switched on, never blocks play, reconnects quietly, and tells a
 * LiveSplit that connects mid-run the splits it missed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { gameTime, LiveSplitBridge, type SocketLike } from '../../../src/app/speedrun/liveSplitBridge';
import { categoryById } from '../../../src/core/speedrun/categories';
import { SHTERN_STAR, speedrunApp } from '../../helpers/speedrunApp';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    for (const c of s.clients) c.terminate();
    await new Promise((r) => s.close(r));
  }
});

/** A stand-in LiveSplit Server on a free port at /livesplit, recording every command. */
async function fakeLiveSplit(port = 0): Promise<{ url: string; port: number; received: string[] }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port, path: '/livesplit' });
  servers.push(server);
  await new Promise((r) => server.once('listening', r));
  const received: string[] = [];
  server.on('connection', (socket) => socket.on('message', (data) => received.push(String(data))));
  const actual = (server.address() as AddressInfo).port;
  return { url: `ws://127.0.0.1:${actual}/livesplit`, port: actual, received };
}

const ports = {
  open: (url: string) => new WebSocket(url) as unknown as SocketLike,
  schedule: (task: () => void, ms: number) => {
    const t = setTimeout(task, Math.min(ms, 50));
    return () => clearTimeout(t);
  },
};

/** A ★ run started with the bridge on and LiveSplit not there: `port` is free, for a LiveSplit to come. */
async function runStartedWithoutLiveSplit(): Promise<{
  port: number;
  h: ReturnType<typeof speedrunApp>;
  bridge: LiveSplitBridge;
}> {
  const probe = await fakeLiveSplit();
  await new Promise((r) => servers.pop()!.close(r)); // nothing listens on the port now
  const h = speedrunApp();
  const bridge = new LiveSplitBridge(ports, `ws://127.0.0.1:${probe.port}/livesplit`);
  bridge.follow(h.run);
  bridge.setEnabled(true);
  h.app.toTitle();
  await h.run.start(categoryById('shtern-star')!);
  return { port: probe.port, h, bridge };
}

const until = async (cond: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
};

describe('the LiveSplit Server bridge', () => {
  it('sends starttimer, a split per chapter and the final split, in order', async () => {
    const livesplit = await fakeLiveSplit();
    const h = speedrunApp();
    const bridge = new LiveSplitBridge(ports, livesplit.url);
    bridge.follow(h.run);
    expect(bridge.statusText()).toBe('LiveSplit: off');
    bridge.setEnabled(true);
    await until(() => bridge.status === 'connected', 'the connection');
    expect(bridge.statusText()).toBe('LiveSplit: connected');

    h.app.toTitle();
    await h.run.start(categoryById('shtern-star')!);
    for (const i of SHTERN_STAR) {
      h.clock.advance(1000);
      h.app.choose(i);
    }
    await until(() => livesplit.received.filter((c) => c === 'split').length === 12, 'twelve splits');

    const starts = livesplit.received.indexOf('starttimer');
    const timeline = livesplit.received.filter((c) => c === 'starttimer' || c === 'split');
    expect(timeline).toEqual(['starttimer', ...Array(12).fill('split')]);
    // Each split is preceded by the game time it closes at: a second per chapter.
    const splitTimes = livesplit.received
      .map((c, i) => (c === 'split' ? livesplit.received[i - 1] : null))
      .filter(Boolean);
    expect(splitTimes).toEqual(
      Array.from({ length: 12 }, (_, i) => `setgametime 0:00:${String(i + 1).padStart(2, '0')}.000`),
    );
    // Game time is the game's: paused at once, set and run only as IGT is.
    expect(livesplit.received.slice(starts, starts + 3)).toEqual([
      'starttimer',
      'initgametime',
      'pausegametime',
    ]);
    expect(livesplit.received).toContain('unpausegametime');
    // The final split is the last thing that matters: nothing runs the clock after it.
    expect(livesplit.received.slice(livesplit.received.lastIndexOf('split') + 1)).not.toContain(
      'unpausegametime',
    );
    bridge.setEnabled(false);
  });

  it('brings a LiveSplit that connects mid-run up to date: each split missed at its own game time, then the run goes on', async () => {
    const { port, h, bridge } = await runStartedWithoutLiveSplit();
    const [early, late] = [SHTERN_STAR.slice(0, 5), SHTERN_STAR.slice(5)];
    for (const i of early) {
      h.clock.advance(1000);
      h.app.choose(i);
    }
    h.clock.advance(400);

    const livesplit = await fakeLiveSplit(port);
    await until(() => bridge.status === 'connected', 'the connection');
    await until(() => livesplit.received.filter((c) => c === 'split').length === 5, 'the five splits missed');
    expect(livesplit.received.slice(0, 15)).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
      ...[1, 2, 3, 4, 5].flatMap((s) => [`setgametime 0:00:0${s}.000`, 'split']),
    ]);
    // Then the clock as it stands, not the last split's time.
    expect(livesplit.received[15]).toBe(`setgametime ${gameTime(h.run.igtMs())}`);
    expect(h.run.igtMs()).toBeGreaterThan(5000);

    for (const i of late) {
      h.clock.advance(1000);
      h.app.choose(i);
    }
    await until(() => livesplit.received.filter((c) => c === 'split').length === 12, 'all twelve splits');
    expect(livesplit.received.filter((c) => c === 'starttimer')).toHaveLength(1);
    bridge.setEnabled(false);
  });

  it('tells a LiveSplit that connects with no run on nothing: the run starts there when it starts', async () => {
    const livesplit = await fakeLiveSplit();
    const h = speedrunApp();
    const bridge = new LiveSplitBridge(ports, livesplit.url);
    bridge.follow(h.run);
    bridge.setEnabled(true);
    await until(() => bridge.status === 'connected', 'the connection');
    h.app.toTitle();
    await h.run.start(categoryById('shtern-star')!);
    h.clock.advance(1000);
    h.app.choose(SHTERN_STAR[0]!);
    // Commands arrive in the order sent: with the first split, all that came before it is in.
    await until(() => livesplit.received.includes('split'), 'the first split');
    expect(livesplit.received.slice(0, 5)).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
    ]);
    expect(livesplit.received.filter((c) => c === 'starttimer')).toHaveLength(1);
    bridge.setEnabled(false);
  });

  it('never blocks play without LiveSplit, and connects quietly once it is there', async () => {
    const { port, h, bridge } = await runStartedWithoutLiveSplit();
    h.app.choose(SHTERN_STAR[0]!);
    expect(h.app.state.kind).toBe('playing');
    await until(() => bridge.status === 'connecting', 'a failed try');
    expect(bridge.statusText()).toBe('LiveSplit: not connected — retrying quietly');

    const livesplit = await fakeLiveSplit(port);
    await until(() => bridge.status === 'connected', 'the reconnection');
    h.run.reset();
    await until(() => livesplit.received.includes('reset'), 'the reset');
    bridge.setEnabled(false);
    expect(bridge.statusText()).toBe('LiveSplit: off');
  });
});
