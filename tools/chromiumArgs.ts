/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The switches every headless Chromium of ours runs with, the browser tests'
 * and the benchmark's alike: no sandbox (the machine runs us as root), no GPU,
 * and none of the background traffic (updates, sync, QUIC probes) that would
 * add requests and noise the game did not ask for.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
