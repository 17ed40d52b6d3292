/**
 * The app's randomness port with a seed that can be fixed: a speedrun fixes
 * its category's seed (or the runner's custom one) so that `newGame` starts
 * every campaign of the run on it, as `rng.nextSeed()` seeds `GameSession.start`.
 */
import type { Rng } from '../../core/ports';

export class SeededRng implements Rng {
  private fixed: number | null = null;

  constructor(private readonly random: Rng) {}

  /** Every new game takes `seed` until it is released (null). */
  fix(seed: number | null): void {
    this.fixed = seed;
  }

  nextSeed(): number {
    return this.fixed ?? this.random.nextSeed();
  }
}
