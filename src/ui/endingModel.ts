/**
 * Gathers what the ending screen shows from the run and the story's final
 * variables. The judgements (historical or not, the nearest ending, the
 * debrief and its deltas) are core's; this only shapes them for display.
 */
import { endingById, endingsOf, type EndingText } from '../core/endings';
import { endingKind } from '../core/endingVerdict';
import { figureById } from '../core/figures';
import { nearestEnding } from '../core/howClose';
import { chartedMeters, meterLabel, shownMeters } from '../core/meters';
import { debrief } from '../core/debrief';
import { runPoints, type RunPoint, type RunRecord } from '../core/run';
import type { StoryVars } from '../core/storyVars';
import type { EndingModel } from './endingScreen';
import type { EndingsCollected } from './endingsView';
import type { ChartPoint } from './meterChart';

export interface EndingInput {
  run: RunRecord;
  endingId: string;
  finalVars: StoryVars;
  text: EndingText;
  collected: EndingsCollected;
}

/** The chapter's number for the time axis: "CH-3" → "3". */
const chapterTick = (chapter: string): string => /-(\d+)$/.exec(chapter)?.[1] ?? chapter;

function chartPoints(points: readonly RunPoint[]): ChartPoint[] {
  let lastChapter = '';
  return points.map((p) => {
    if (p.kind === 'start') return { tick: 'Start', label: 'At the start' };
    const tick = p.kind === 'choice' && p.chapter !== lastChapter ? chapterTick(p.chapter) : '';
    lastChapter = p.chapter;
    return {
      tick,
      label:
        p.kind === 'choice'
          ? `After your decision in ${p.chapterTitle}`
          : `As the story moved on after ${p.chapterTitle}`,
    };
  });
}

export function endingModel(input: EndingInput): EndingModel {
  const { run, endingId, finalVars } = input;
  const figure = run.figure;
  const ending = endingById(endingId);
  const shown = shownMeters(figure);
  const points = runPoints(run);
  return {
    ending,
    endingId,
    kind: endingKind(ending, finalVars),
    figureName: figureById(figure)?.name ?? figure,
    text: input.text,
    meters: shown.map((m) => ({ id: m.id, label: meterLabel(m, figure), unit: m.unit ?? '' })),
    chartPoints: chartPoints(points),
    chart: chartedMeters(figure).map((m) => ({
      label: meterLabel(m, figure),
      values: points.map((p) => p.meters[m.id] ?? 0),
      min: m.min,
      max: m.max,
    })),
    debrief: debrief(run),
    nearest: nearestEnding(figure, endingId, input.collected.reached, finalVars),
    figureEndings: endingsOf(figure),
    collected: input.collected,
  };
}
