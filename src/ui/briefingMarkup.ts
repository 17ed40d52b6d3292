/**
 * The briefing screen's markup as an HTML string, a pure function of core's
 * briefing (no DOM), so the build can run it: tools/vite-plugin-title.ts
 * writes each figure's into index.html as a <template>. The page's inline
 * script shows it when a figure is clicked before the app has booted
 * (earlyInput.ts), and the app shows copies of it (briefing.ts): one source,
 * so the two cannot drift.
 */
import type { Briefing } from '../core/briefings';
import type { FigureId } from '../core/figures';
import { htmlText } from './htmlText';

/** The id of the <template> holding a figure's briefing screen: this and the figure's id. */
export const BRIEFING_TEMPLATE_PREFIX = 'briefing-';
export const briefingTemplateId = (figure: FigureId): string => BRIEFING_TEMPLATE_PREFIX + figure;

export function briefingMarkup(figure: FigureId, b: Briefing): string {
  const meters = b.meters
    .map(
      (m) =>
        `<dt data-meter="${htmlText(m.id)}">${htmlText(m.label)}</dt>` +
        m.lines.map((line) => `<dd>${htmlText(line)}</dd>`).join(''),
    )
    .join('');
  return (
    `<main class="briefing" id="main" aria-labelledby="briefing-title" data-figure-briefed="${htmlText(figure)}">` +
    `<h1 id="briefing-title">Briefing: ${htmlText(b.figureName)}</h1>` +
    `<p class="briefing-who">${htmlText(b.who)}</p>` +
    `<p>${htmlText(b.situation)}</p>` +
    '<h2>What you want</h2>' +
    `<p class="briefing-want">${htmlText(b.want)}</p>` +
    '<h2>The meters that decide your ending</h2>' +
    `<dl class="briefing-meters">${meters}</dl>` +
    '<h2>How an ending is chosen</h2>' +
    `<p>${htmlText(b.howEndingsAreChosen)}</p>` +
    '<div class="briefing-actions">' +
    '<button type="button" class="primary" id="begin">Begin</button>' +
    '<button type="button" data-briefing="back">Back to the title screen</button>' +
    '</div></main>'
  );
}
