// Chart.js and the chart's set-up, loaded by TermChart once the dashboard has rendered: its 200 kB
// do not hold up the dashboard's first paint (the figures' tables and the canvas' room are there).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  Tooltip,
} from 'chart.js';

// Only what a bar chart needs, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export type BarChart = Chart<'bar', number[], string>;

/** A theme colour for the canvas, which cannot read CSS variables itself. */
function themeColour(element: Element, variable: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(variable).trim() || fallback;
}

/** A bar chart on `canvas` in the theme of `host`; null without a 2D context. */
export function createBarChart(
  host: HTMLElement,
  canvas: HTMLCanvasElement,
  horizontal: boolean,
): BarChart | null {
  const context = canvas.getContext('2d');
  // No 2D context (an old browser, a test without canvas): the table still says it all.
  if (!context) return null;
  const text = themeColour(host, '--mat-sys-on-surface-variant', '#44474e');
  const grid = themeColour(host, '--mat-sys-outline-variant', '#c4c6d0');
  const valueAxis = {
    beginAtZero: true,
    ticks: { precision: 0, color: text },
    grid: { color: grid },
  };
  const labelAxis = { ticks: { color: text, autoSkip: false }, grid: { display: false } };
  const config: ChartConfiguration<'bar', number[], string> = {
    type: 'bar',
    data: {
      labels: [],
      datasets: [
        {
          data: [],
          backgroundColor: themeColour(host, '--mat-sys-primary', '#005cbb'),
          borderRadius: 4,
          maxBarThickness: 32,
        },
      ],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { tooltip: { enabled: true } },
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    },
  };
  return new Chart(context, config);
}
