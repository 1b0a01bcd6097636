import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DashboardTermCounts } from '@kohorte/contracts';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { LanguageService } from '../core/i18n/language';
import { chartRows, ChartRow } from './term-chart-data';

// Only what a bar chart needs, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type BarChart = Chart<'bar', number[], string>;

/** A theme colour for the canvas, which cannot read CSS variables itself. */
function themeColour(element: Element, variable: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(variable).trim() || fallback;
}

/**
 * Active startups per vocabulary term as a bar chart, with the same figures in a table: screen
 * readers read the table (the canvas is hidden from them), and "Show as table" shows it to
 * everyone. Labels follow the UI language.
 */
@Component({
  selector: 'app-term-chart',
  imports: [MatButtonModule, TranslocoPipe],
  templateUrl: './term-chart.html',
  styleUrl: './term-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TermChart {
  /** Names the test ids: `chart-<name>`, `chart-table-<name>`. */
  readonly name = input.required<string>();
  readonly counts = input.required<DashboardTermCounts>();
  /** The table's caption and the chart's heading text. */
  readonly caption = input.required<string>();
  /** Long label lists read better as horizontal bars. */
  readonly horizontal = input(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly language = inject(LanguageService);
  private readonly unsetLabel = toSignal(
    inject(TranslocoService).selectTranslate<string>('dashboard.charts.unset'),
    { initialValue: '' },
  );
  private chart: BarChart | null = null;

  protected readonly showTable = signal(false);
  protected readonly rows = computed<ChartRow[]>(() =>
    chartRows(this.counts(), this.language.lang(), this.unsetLabel()),
  );
  /** Room for every bar: horizontal charts grow with their labels. */
  protected readonly height = computed(() =>
    this.horizontal() ? Math.max(160, this.rows().length * 28 + 40) : 240,
  );

  constructor() {
    afterNextRender(() => {
      this.chart = this.createChart();
      this.update(this.rows());
    });
    // New figures or another language: the same chart, new labels and bars.
    effect(() => this.update(this.rows()));
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private createChart(): BarChart | null {
    const canvas = this.canvas().nativeElement;
    const context = canvas.getContext('2d');
    // No 2D context (an old browser, a test without canvas): the table still says it all.
    if (!context) return null;
    const host = this.host.nativeElement;
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
        indexAxis: this.horizontal() ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { tooltip: { enabled: true } },
        scales: this.horizontal() ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      },
    };
    return new Chart(context, config);
  }

  private update(rows: ChartRow[]): void {
    if (!this.chart) return;
    this.chart.data.labels = rows.map((row) => row.label);
    this.chart.data.datasets[0].data = rows.map((row) => row.count);
    this.chart.update();
  }
}
