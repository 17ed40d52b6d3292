/**
 * Where the app is. A union, so that an impossible combination (playing
 * without a session, an ending without its id) cannot be written down.
 */
import type { GameSession } from '../narrative/session';

export type AppState =
  | { kind: 'title' }
  | { kind: 'playing'; session: GameSession }
  | { kind: 'ended'; session: GameSession; ending: string };
