/**
 * The settling between acts, as the player is told it: months pass and small
 * differences wash out. The story's act_settle() (story/common/meters.ink) does
 * it; this is the one description the Meters help shows, so a change to the
 * rule is written here once.
 */
export const SETTLING = {
  /** Every meter settles to its nearest multiple of this; a value halfway goes toward the middle. */
  stepPoints: 10,
  /** The middle each meter settles toward: 50 for a 0–100 meter, 0 for Tokyo's trust. */
  middle: 50,
  trustMiddle: 0,
  /** Casualty counts round up to the next multiple of this many thousand, never down. */
  casualtyStepThousands: 5,
  /**
   * No amnesty: a meter within this many points of a line that ends the run
   * (NKVD Attention 90, Tokyo's Trust −45 after forged orders) is not settled.
   */
  noAmnestyWithin: 10,
} as const;

export function settlingRuleText(): string {
  const s = SETTLING;
  const half = s.stepPoints / 2;
  return (
    `Between acts, months pass and small differences wash out: each meter settles to its nearest ${s.stepPoints}. ` +
    `A value halfway between two (${s.middle - s.stepPoints - half}, ${s.middle + s.stepPoints + half}…) moves ${half} toward the middle ` +
    `(${s.middle}; Tokyo’s Trust ${s.trustMiddle}), so a meter moves by ${half} at most. ` +
    `Casualties round up to the next ${s.casualtyStepThousands} thousand, never down. ` +
    `A meter within ${s.noAmnestyWithin} points of a line that ends your run (NKVD Attention 90; Tokyo’s Trust −45) is not settled: time forgives nothing there. ` +
    `The story tells you when it happens.`
  );
}
