/**
 * The settling between acts, as the player is told it: months pass and what is
 * remembered of you is coarse. The story's act_settle() (story/common/meters.ink)
 * does it; this is the one description the Meters help shows, so a change to
 * the rule is written here once.
 */
export const SETTLING = {
  /** A 0–100 meter below `lowBelow` settles to `low`, above `highAbove` to `high`, else to `middle`. */
  band: { lowBelow: 40, highAbove: 60, low: 30, middle: 50, high: 70 },
  /** Tokyo's trust (−50 to +50) settles the same way around 0. */
  trust: { lowBelow: -10, highAbove: 10, low: -20, middle: 0, high: 20 },
  /** Casualty counts round up to the next multiple of this many thousand, never down. */
  casualtyStepThousands: 5,
  /**
   * No amnesty: a meter within this many points of a line that ends the run
   * (NKVD Attention 90, Tokyo's Trust −45 after forged orders) is not settled.
   */
  noAmnestyWithin: 10,
} as const;

export function settlingRuleText(): string {
  const b = SETTLING.band;
  const t = SETTLING.trust;
  const sign = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return (
    `Between acts, months pass and only the broad picture is remembered: each 0–100 meter settles to ` +
    `${b.low} if it is below ${b.lowBelow}, ${b.middle} from ${b.lowBelow} to ${b.highAbove}, ` +
    `and ${b.high} above ${b.highAbove}. Tokyo’s Trust settles to ${sign(t.low)} below ${sign(t.lowBelow)}, ` +
    `${sign(t.middle)} from ${sign(t.lowBelow)} to ${sign(t.highAbove)}, and ${sign(t.high)} above ${sign(t.highAbove)}. ` +
    `Casualties round up to the next ${SETTLING.casualtyStepThousands} thousand, never down. ` +
    `A meter within ${SETTLING.noAmnestyWithin} points of a line that ends your run (NKVD Attention 90; Tokyo’s Trust −45) is not settled: time forgives nothing there. ` +
    `The story tells you when it happens.`
  );
}
