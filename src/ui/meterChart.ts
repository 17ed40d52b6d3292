/**
 * The meters over a run as an SVG line chart, inside a <figure> whose caption
 * carries the key, so assistive technology gets the key and the axis labels.
 * Each moment of the run is a focusable column: focus or tap shows its values.
 */
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

export interface ChartSeries {
  label: string;
  /** One value per chart point. */
  values: number[];
  min: number;
  max: number;
}

export interface ChartPoint {
  /** The time-axis label under this point ('' for none). */
  tick: string;
  /** The moment in words, e.g. "After your decision in 3 · Zaozyornaya". */
  label: string;
}

/** Line styles told apart without colour: a dash pattern and a marker shape per series. */
const STYLES = [
  { dash: '', marker: 'circle', name: 'solid line, circles' },
  { dash: '6 3', marker: 'square', name: 'dashed line, squares' },
  { dash: '2 3', marker: 'triangle', name: 'dotted line, triangles' },
  { dash: '10 4 2 4', marker: 'diamond', name: 'dash-dot line, diamonds' },
  { dash: '1 2', marker: 'cross', name: 'fine dotted line, crosses' },
  { dash: '8 2', marker: 'bar', name: 'long-dashed line, bars' },
  { dash: '4 2 1 2 1 2', marker: 'plus', name: 'dash-dot-dot line, plus signs' },
  { dash: '12 3', marker: 'dot', name: 'long-dashed line, dots' },
] as const;

type Marker = (typeof STYLES)[number]['marker'];

const W = 400;
const H = 240;
const PLOT = { left: 34, right: W - 10, top: 10, bottom: H - 40 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function markerPath(shape: Marker, x: number, y: number): string {
  const r = 3.5;
  switch (shape) {
    case 'circle':
      return `M${x - r},${y} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r} h${2 * r} v${2 * r} h${-2 * r} Z`;
    case 'triangle':
      return `M${x},${y - r} L${x + r},${y + r} L${x - r},${y + r} Z`;
    case 'diamond':
      return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
    case 'cross':
      return `M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`;
    case 'bar':
      return `M${x - r},${y} h${2 * r}`;
    case 'plus':
      return `M${x - r},${y} h${2 * r} M${x},${y - r} v${2 * r}`;
    case 'dot':
      return `M${x - 1},${y} a1,1 0 1,0 2,0 a1,1 0 1,0 -2,0`;
  }
}

const xAt = (j: number, n: number): number =>
  PLOT.left + (n > 1 ? (j / (n - 1)) * (PLOT.right - PLOT.left) : 0);
const yAt = (v: number, s: ChartSeries): number =>
  PLOT.bottom - ((v - s.min) / (s.max - s.min || 1)) * (PLOT.bottom - PLOT.top);

function keyItem(s: ChartSeries, i: number): HTMLElement {
  const style = STYLES[i % STYLES.length]!;
  const swatch = svg('svg', { viewBox: '0 0 30 10', width: 30, height: 10, 'aria-hidden': 'true' });
  swatch.append(
    svg('path', { d: 'M1,5 H29', class: `series series-${i}`, 'stroke-dasharray': style.dash }),
    svg('path', { d: markerPath(style.marker, 15, 5), class: `series-marker series-${i}` }),
  );
  return el('li', { class: 'chart-key-item' }, [
    swatch,
    el('span', { text: `${s.label} (${s.min} to ${s.max}): ${style.name}` }),
  ]);
}

function axes(points: readonly ChartPoint[]): SVGGElement {
  const g = svg('g', { class: 'chart-axes' });
  g.append(
    svg('line', { x1: PLOT.left, y1: PLOT.bottom, x2: PLOT.right, y2: PLOT.bottom, class: 'chart-axis' }),
    svg('line', { x1: PLOT.left, y1: PLOT.top, x2: PLOT.left, y2: PLOT.bottom, class: 'chart-axis' }),
    svg('text', { x: PLOT.left - 4, y: PLOT.top + 8, 'text-anchor': 'end', class: 'chart-tick' }, 'High'),
    svg('text', { x: PLOT.left - 4, y: PLOT.bottom, 'text-anchor': 'end', class: 'chart-tick' }, 'Low'),
    svg(
      'text',
      { x: (PLOT.left + PLOT.right) / 2, y: H - 4, 'text-anchor': 'middle', class: 'chart-axis-title' },
      'Chapter',
    ),
  );
  points.forEach((p, j) => {
    if (!p.tick) return;
    const x = xAt(j, points.length);
    g.append(svg('text', { x, y: PLOT.bottom + 14, 'text-anchor': 'middle', class: 'chart-tick' }, p.tick));
  });
  return g;
}

export function meterChart(points: readonly ChartPoint[], series: readonly ChartSeries[]): HTMLElement {
  const n = points.length;
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'group',
    'aria-label': 'Chart: each meter from low to high, by chapter',
  });
  chart.append(axes(points));
  series.forEach((s, i) => {
    const style = STYLES[i % STYLES.length]!;
    const coords = s.values.map((v, j) => [xAt(j, n), yAt(v, s)] as const);
    // Lines and markers are drawn; the values are read from the columns below, so these are hidden.
    chart.append(
      svg('polyline', {
        points: coords.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '),
        class: `series series-${i}`,
        fill: 'none',
        'stroke-dasharray': style.dash,
        'aria-hidden': 'true',
      }),
      svg('path', {
        d: coords.map(([x, y]) => markerPath(style.marker, x, y)).join(' '),
        class: `series-marker series-${i}`,
        'aria-hidden': 'true',
      }),
    );
  });

  const readout = el('p', {
    class: 'chart-readout',
    attrs: { 'aria-live': 'polite' },
    text: 'Focus or tap a moment in the chart to read its values.',
  });
  const columns = points.map((p, j) => {
    const values = series.map((s) => `${s.label} ${s.values[j] ?? '—'}`).join(', ');
    const text = `${p.label}: ${values}.`;
    const half = n > 1 ? (PLOT.right - PLOT.left) / (n - 1) / 2 : 10;
    const column = svg('rect', {
      x: xAt(j, n) - half,
      y: PLOT.top,
      width: 2 * half,
      height: PLOT.bottom - PLOT.top,
      class: 'chart-moment',
      tabindex: 0,
      role: 'img',
      'aria-label': text,
    });
    const show = (): void => {
      for (const c of columns) c.classList.toggle('active', c === column);
      readout.textContent = text;
    };
    column.addEventListener('focus', show);
    column.addEventListener('click', show);
    return column;
  });
  chart.append(...columns);

  return el('figure', { class: 'meter-chart', attrs: { 'aria-labelledby': 'chart-caption' } }, [
    el('figcaption', {}, [
      el('p', {
        attrs: { id: 'chart-caption' },
        text: 'Your meters over the run: at the start, after each decision’s own effects, and after the story moved on. Time runs left to right by chapter; each meter is drawn from its lowest (Low) to its highest (High) value.',
      }),
      el('ul', { class: 'chart-key', attrs: { 'aria-label': 'Key' } }, series.map(keyItem)),
    ]),
    chart,
    readout,
  ]);
}
