/** A small SVG line chart of the meters over a run (start, then after each choice). */
const SVG = 'http://www.w3.org/2000/svg';

export interface ChartSeries {
  label: string;
  values: number[];
  min: number;
  max: number;
}

export function meterChart(series: readonly ChartSeries[]): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'meter-chart';
  const width = 600;
  const height = 180;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Meters over the run');
  const dashes = ['', '6 3', '2 3', '10 4 2 4', '1 2', '8 2'];
  series.forEach((s, i) => {
    const n = Math.max(1, s.values.length - 1);
    const pts = s.values
      .map((v, j) => {
        const x = (j / n) * (width - 20) + 10;
        const y = height - 10 - ((v - s.min) / (s.max - s.min || 1)) * (height - 20);
        return `${x.toFixed(1)},${y.toFixed(1)}`;
      })
      .join(' ');
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', pts);
    line.setAttribute('class', `series series-${i}`);
    line.setAttribute('fill', 'none');
    // Dash patterns distinguish the lines without relying on colour alone.
    if (dashes[i % dashes.length]) line.setAttribute('stroke-dasharray', dashes[i % dashes.length]!);
    svg.append(line);
  });
  const legend = document.createElement('figcaption');
  legend.className = 'chart-legend';
  series.forEach((s, i) => {
    const item = document.createElement('span');
    item.className = `legend series-${i}`;
    item.textContent = `${s.label}: ${s.values[0] ?? 0} → ${s.values[s.values.length - 1] ?? 0}`;
    legend.append(item);
  });
  figure.append(svg, legend);
  return figure;
}
