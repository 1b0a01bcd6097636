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
import { FirstPageShown } from '../core/first-page-shown';
import { LanguageService } from '../core/i18n/language';
import type { BarChart } from './bar-chart';
import { chartRows, ChartRow } from './term-chart-data';

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
  private destroyed = false;

  protected readonly showTable = signal(false);
  protected readonly rows = computed<ChartRow[]>(() =>
    chartRows(this.counts(), this.language.lang(), this.unsetLabel()),
  );
  /** Room for every bar: horizontal charts grow with their labels. */
  protected readonly height = computed(() =>
    this.horizontal() ? Math.max(160, this.rows().length * 28 + 40) : 240,
  );

  constructor() {
    // The chart's code (chart.js) comes once the dashboard has shown its figures, not with it:
    // it would share the network with the dashboard's code and data, and drawing would hold up
    // the first paint.
    const firstPage = inject(FirstPageShown);
    afterNextRender(() => {
      void firstPage.whenShown().then(async () => {
        const { createBarChart } = await import('./bar-chart');
        // Each chart in a task of its own, not all of them with chart.js' start-up in one: a
        // long task keeps the page from answering input (Lighthouse's Total Blocking Time).
        await new Promise((resolve) => setTimeout(resolve));
        if (this.destroyed) return;
        this.chart = createBarChart(
          this.host.nativeElement,
          this.canvas().nativeElement,
          this.horizontal(),
        );
        this.update(this.rows());
      });
    });
    // New figures or another language: the same chart, new labels and bars.
    effect(() => this.update(this.rows()));
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
  }

  private update(rows: ChartRow[]): void {
    if (!this.chart) return;
    this.chart.data.labels = rows.map((row) => row.label);
    this.chart.data.datasets[0].data = rows.map((row) => row.count);
    this.chart.update();
  }
}
