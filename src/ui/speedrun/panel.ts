/**
 * The speedrun panel, beside the story while a run is on: the category and
 * seed, the timer (IGT, with real time beside it), the splits (time, delta
 * against the personal best with its sign, golds named in words), the sum of
 * best, the LiveSplit status line, and at the end the result with the run file
 * and .lss downloads (or, in a chain, the next campaign). Renders what the
 * session tells it; holds no rules.
 */
import { figureById, type FigureId } from '../../core/figures';
import { formatDelta, formatTime, type SplitRow } from '../../core/speedrun/splits';
import type { LiveSplitBridge } from '../../app/speedrun/liveSplitBridge';
import type { SpeedrunSession } from '../../app/speedrun/session';
import { button, el } from '../dom';
import { download } from '../download';
import { notify } from '../notices';
import './speedrun.css';

export function mountSpeedrunPanel(
  run: SpeedrunSession,
  bridge: LiveSplitBridge,
  liveSplitOn: () => boolean,
): void {
  const panel = el('aside', { class: 'speedrun-panel', attrs: { 'aria-label': 'Speedrun', hidden: '' } });
  const heading = el('h2', { class: 'sr-heading' });
  const seed = el('p', { class: 'sr-seed-shown' });
  const igt = el('p', { class: 'sr-timer', attrs: { role: 'timer', 'aria-label': 'In-game time' } });
  const rta = el('p', { class: 'sr-rta' });
  const splits = el('section', {
    class: 'sr-splits',
    attrs: { 'aria-label': 'Splits', tabindex: '0' },
  });
  const status = el('p', { class: 'sr-status' });
  const result = el('div', { class: 'sr-result' });
  const keys = el('p', {
    class: 'sr-keys',
    text: 'Keys: R reset · N new attempt · S skip to the choices',
  });
  panel.append(heading, seed, igt, rta, splits, result, status, keys);
  document.body.append(panel);

  const renderTimes = (): void => {
    igt.textContent = formatTime(run.igtMs());
    rta.textContent = `Real time ${formatTime(run.rtaMs())}${run.running ? '' : ' · IGT paused'}`;
  };
  const tick = (): void => {
    if (!run.active) return;
    renderTimes();
    requestAnimationFrame(tick);
  };

  const renderStatus = (): void => {
    status.hidden = !liveSplitOn();
    status.textContent = bridge.statusText();
  };
  bridge.onStatus(renderStatus);

  const render = (): void => {
    const wasHidden = panel.hidden;
    panel.hidden = !run.active;
    if (!run.active) return;
    const category = run.category!;
    heading.textContent = category.name;
    seed.textContent = `Seed ${run.seed}${run.seed === category.seed ? ' (published)' : ' (custom)'}`;
    renderTimes();
    renderSplits(splits, run.rows(), run.sumOfBest(), run.records()?.pb?.igtMs ?? null);
    renderResult(result, run);
    renderStatus();
    if (wasHidden) requestAnimationFrame(tick);
  };

  run.subscribe((event) => {
    render();
    if (event.type === 'finished') result.querySelector<HTMLElement>('.sr-result-line')?.focus();
    if (event.type === 'campaign') result.querySelector<HTMLElement>('.sr-next button')?.focus();
    if (event.type === 'reset') notify(event.reason, 'info', 6000);
  });
  render();
}

function renderSplits(
  into: HTMLElement,
  rows: readonly SplitRow[],
  sumOfBest: number | null,
  pb: number | null,
): void {
  const table = el('table', { class: 'sr-split-table' }, [
    el('caption', {
      class: 'visually-hidden',
      text: 'Splits: time, difference from your personal best, best segment',
    }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: 'Split', attrs: { scope: 'col' } }),
        el('th', { text: 'Time', attrs: { scope: 'col' } }),
        el('th', { text: 'vs PB', attrs: { scope: 'col' } }),
        el('th', { text: 'Best', attrs: { scope: 'col' } }),
      ]),
    ]),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el('tr', { class: r.gold ? 'sr-split gold' : 'sr-split' }, [
          el('th', { text: r.key, attrs: { scope: 'row' } }),
          el('td', { text: formatTime(r.igtMs) }),
          el('td', {
            class: r.deltaMs === null ? 'sr-delta' : r.deltaMs < 0 ? 'sr-delta ahead' : 'sr-delta behind',
            text: r.deltaMs === null ? '—' : formatDelta(r.deltaMs),
          }),
          el('td', { text: r.gold ? '★ gold' : '' }),
        ]),
      ),
    ),
  ]);
  into.replaceChildren(
    rows.length
      ? table
      : el('p', { class: 'sr-empty', text: 'No splits yet: one at the end of every chapter.' }),
    el('p', { class: 'sr-sob', text: `Sum of best: ${sumOfBest === null ? '—' : formatTime(sumOfBest)}` }),
    el('p', { class: 'sr-pb', text: `Personal best: ${pb === null ? '—' : formatTime(pb)}` }),
  );
}

function renderResult(into: HTMLElement, run: SpeedrunSession): void {
  const next = run.nextFigures();
  if (next.length) {
    into.replaceChildren(
      el('p', {
        text: run.suspended
          ? 'Campaign done — the run is paused until you start the next one.'
          : 'Campaign done — the timer runs on.',
      }),
      el(
        'div',
        { class: 'sr-next' },
        next.map((f: FigureId) =>
          button(`Next campaign: ${figureById(f)?.shortName ?? f}`, () => run.nextCampaign(f), {
            class: 'primary',
          }),
        ),
      ),
    );
  } else if (run.suspended) {
    into.replaceChildren(
      el('p', { text: 'Run paused: Continue on the title screen resumes it (the pause is recorded).' }),
    );
  } else if (run.finished) {
    const reason = run.brokenReason;
    const line = reason
      ? `Not a valid ${run.category?.name} run: ${reason}.`
      : `Run complete: ${formatTime(run.igtMs())} in-game time.`;
    into.replaceChildren(
      el('p', { class: 'sr-result-line', text: line, attrs: { tabindex: '-1' } }),
      el('div', { class: 'sr-downloads' }, [
        button('Download run file', () => offer(run.runFile())),
        button('Download LiveSplit splits (.lss)', () => offer(run.lss())),
      ]),
    );
  } else into.replaceChildren();
}

function offer(file: { fileName: string; text: string } | null): void {
  if (!file) return;
  download(file);
  notify(`Saved ${file.fileName} to your downloads.`);
}
