/**
 * The app's randomness port with a seed that can be fixed: a speedrun fixes
 * its category's seed (or the runner's custom one) so that `newGame` starts
 * every campaign of the run on it, as `rng.nextSeed()` seeds `GameSession.start`.
 */
import type { Rng } from '../../core/ports';

export class SeededRng implements Rng {
  private fixed: number | null = null;
  /** The random seed promised by `upcoming()`, which the next unfixed `nextSeed()` gives. */
  private drawn: number | null = null;

  constructor(private readonly random: Rng) {}

  /** Every new game takes `seed` until it is released (null). */
  fix(seed: number | null): void {
    this.fixed = seed;
  }

  nextSeed(): number {
    if (this.fixed !== null) return this.fixed;
    const seed = this.drawn ?? this.random.nextSeed();
    this.drawn = null;
    return seed;
  }

  /** A seed fixed after this was asked still wins: the run started ahead on this one is then not used. */
  upcoming(): number {
    return this.fixed ?? (this.drawn ??= this.random.nextSeed());
  }
}
