/** A clock the test moves by hand: monotonic time and the wall clock advance together. */
import type { Clock } from '../../src/core/ports';

export class FakeClock implements Clock {
  private t = 1000;
  constructor(private readonly wallStart = Date.parse('1939-05-11T06:00:00.000Z')) {}
  now(): number {
    return this.t;
  }
  date(): Date {
    return new Date(this.wallStart + this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}
