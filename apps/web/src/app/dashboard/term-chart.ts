import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DashboardTermCounts } from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { chartBars, chartRows, ChartRow } from './term-chart-data';

/**
 * Active startups per vocabulary term as a bar chart, with the same figures in a table: screen
 * readers read the table (the bars are hidden from them), and "Show as table" shows it to
 * everyone. Labels follow the UI language.
 *
 * The bars are elements sized by CSS, not a canvas drawn by a chart library: they come with the
 * dashboard's first paint at the cost of a few elements (a chart library took a tenth of a second
 * of a phone's CPU per chart after it), and they scale, print and zoom like the text beside them.
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

  private readonly language = inject(LanguageService);
  private readonly unsetLabel = toSignal(
    inject(TranslocoService).selectTranslate<string>('dashboard.charts.unset'),
    { initialValue: '' },
  );

  protected readonly showTable = signal(false);
  protected readonly rows = computed<ChartRow[]>(() =>
    chartRows(this.counts(), this.language.lang(), this.unsetLabel()),
  );
  protected readonly bars = computed(() => chartBars(this.rows()));
}
