/** What a speedrun tells its subscribers (the splits panel, the LiveSplit bridge), as plain data. */
import type { Progress } from '../../core/speedrun/categories';
import type { Split } from '../../core/speedrun/splits';

export type SpeedrunEvent =
  /** The run's first input: the timer starts. */
  | { type: 'started' }
  /** IGT started or stopped counting (the game busy or waiting, the page hidden or shown, a suspension). */
  | { type: 'timing'; running: boolean; igtMs: number }
  /** A chapter was closed; `final` when it is the run's last split. */
  | { type: 'split'; split: Split; key: string; final: boolean }
  /** A campaign of a chain ended and the run goes on. */
  | { type: 'campaign'; progress: Extract<Progress, { kind: 'next' }> }
  /** The run is over: complete (it counts), or its category's rule was broken. */
  | { type: 'finished'; complete: boolean; reason: string | null }
  /** The run was abandoned (reset, a save loaded, a normal game started). */
  | { type: 'reset'; reason: string }
  /** Anything else the panel shows changed (a choice recorded, a run suspended or resumed). */
  | { type: 'changed' };
