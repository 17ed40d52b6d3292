/**
 * Practice: play from any decision seen before and time segments (chapter to
 * chapter), not runs. A subscriber on the app's events with its own small
 * segment timer (core/segmentTimer.ts) on the Clock port, separate from the
 * speedrun run timer, so that Practice can later become one of the speedrun
 * categories without either timer knowing about the other.
 *
 * Timing starts at the jump that begins practice and restarts at every jump,
 * undo or load; a new chapter ends a segment and starts the next; an ending
 * ends the last; the title screen or a new campaign ends practice.
 */
import type { Clock } from '../core/ports';
import {
  NEW_SEGMENT_TIMER,
  reachChapter,
  startSegment,
  stopSegments,
  type SegmentTimer,
} from '../core/segmentTimer';
import type { FigureId } from '../core/figures';
import { createEventBus } from './eventBus';
import type { AppController } from './controller';
import type { FlowchartService } from './flowchart';

export class Practice {
  private on = false;
  private timer: SegmentTimer = NEW_SEGMENT_TIMER;
  private readonly changes = createEventBus<SegmentTimer | null>();

  constructor(
    private readonly app: AppController,
    private readonly flowchart: FlowchartService,
    private readonly clock: Clock,
  ) {
    app.subscribe((event) => {
      if (!this.on) return;
      const now = this.clock.now();
      if (event.type === 'title' || (event.type === 'page' && event.reason === 'start')) return this.stop();
      if (event.type === 'page' && event.reason !== 'choice')
        this.update(startSegment(this.timer, event.page.chapter, now));
      else if (event.type === 'chapter') this.update(reachChapter(this.timer, event.id, now));
      else if (event.type === 'ending') this.update(reachChapter(this.timer, event.id, now, true));
    });
  }

  /** Is practice on? */
  get active(): boolean {
    return this.on;
  }

  /**
   * Starts practice (or moves it) at a decision seen before: a jump, then
   * timing from there. Resolves once the decision is shown (its campaign's
   * story may have to load first) or the jump refused.
   */
  async from(figure: FigureId, key: string): Promise<void> {
    if (!this.on) this.timer = NEW_SEGMENT_TIMER;
    this.on = true;
    await this.flowchart.jump(figure, key);
    // The jump was refused (no page followed): practice does not start.
    if (!this.timer.running) this.stop();
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.timer = stopSegments(this.timer);
    this.changes.emit(null);
  }

  /** The segment times as they change; null when practice ends. */
  subscribe(listener: (timer: SegmentTimer | null) => void): () => void {
    return this.changes.subscribe(listener);
  }

  private update(timer: SegmentTimer): void {
    this.timer = timer;
    this.changes.emit(timer);
  }
}
