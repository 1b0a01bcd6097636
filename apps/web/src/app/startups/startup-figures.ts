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
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { StartupFigures } from '@kohorte/contracts';
import {
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { formatMonth } from '../core/formats/formats';
import { MonthPipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { ProfileLinksApi } from '../respond/respond-api';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

type LineChart = Chart<'line', (number | null)[], string>;

function themeColour(element: Element, variable: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(variable).trim() || fallback;
}

/**
 * The monthly figures founders reported through their link: revenue and customers over time as
 * a line chart, and every figure in a table (which screen readers read instead of the canvas).
 */
@Component({
  selector: 'app-startup-figures',
  imports: [DecimalPipe, MonthPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="figures-heading">{{ 'respond.staff.figuresTitle' | transloco }}</h2>
    @if (figures().length === 0) {
      <p class="muted" data-testid="startup-figures-empty">
        {{ 'respond.staff.noFigures' | transloco }}
      </p>
    }
    <div
      class="canvas-box"
      [class.hidden]="figures().length === 0"
      data-testid="startup-figures-chart"
    >
      <canvas #canvas aria-hidden="true"></canvas>
    </div>
    @if (figures().length) {
      <table class="figures" data-testid="startup-figures-table">
        <caption class="visually-hidden">
          {{
            'respond.staff.figuresTitle' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'respond.figures.month' | transloco }}</th>
            @for (field of numberFields; track field) {
              <th scope="col" class="numeric">
                {{ 'respond.figures.fields.' + field | transloco }}
              </th>
            }
            <th scope="col">{{ 'respond.figures.fields.highlights' | transloco }}</th>
            <th scope="col">{{ 'respond.figures.fields.asks' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of newestFirst(); track row.month) {
            <tr>
              <th scope="row">{{ row.month | month: language.formats() }}</th>
              @for (field of numberFields; track field) {
                <td class="numeric">
                  {{ row[field] === null ? '–' : (row[field] | number: '1.0-0' : language.lang()) }}
                </td>
              }
              <td>{{ row.highlights || '–' }}</td>
              <td>{{ row.asks || '–' }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .canvas-box {
      position: relative;
      height: 220px;
    }
    .hidden {
      display: none;
    }
    .figures {
      width: 100%;
      border-collapse: collapse;
      margin-top: 16px;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .numeric {
      text-align: right;
    }
  `,
})
export class StartupFiguresCard implements OnInit {
  private readonly api = inject(ProfileLinksApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  protected readonly language = inject(LanguageService);

  readonly startupId = input.required<string>();

  protected readonly numberFields = [
    'revenueEur',
    'customers',
    'teamSize',
    'fundingRaisedEur',
  ] as const;
  protected readonly figures = signal<StartupFigures[]>([]);
  protected readonly newestFirst = computed(() => [...this.figures()].reverse());
  private chart: LineChart | null = null;

  constructor() {
    afterNextRender(() => {
      this.chart = this.createChart();
      this.update();
    });
    effect(() => {
      this.language.lang();
      this.update();
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  ngOnInit(): void {
    this.api.figures(this.startupId()).subscribe({
      next: (figures) => this.figures.set(figures),
      error: () => this.figures.set([]),
    });
  }

  private createChart(): LineChart | null {
    const context = this.canvas().nativeElement.getContext('2d');
    // No 2D context (a test without canvas): the table still says it all.
    if (!context) return null;
    const host = this.host.nativeElement;
    const text = themeColour(host, '--mat-sys-on-surface-variant', '#44474e');
    const grid = themeColour(host, '--mat-sys-outline-variant', '#c4c6d0');
    const config: ChartConfiguration<'line', (number | null)[], string> = {
      type: 'line',
      data: {
        labels: [],
        datasets: [
          {
            label: '',
            data: [],
            yAxisID: 'revenue',
            borderColor: themeColour(host, '--mat-sys-primary', '#005cbb'),
            backgroundColor: themeColour(host, '--mat-sys-primary', '#005cbb'),
            spanGaps: true,
          },
          {
            label: '',
            data: [],
            yAxisID: 'customers',
            borderColor: themeColour(host, '--mat-sys-tertiary', '#343dff'),
            backgroundColor: themeColour(host, '--mat-sys-tertiary', '#343dff'),
            borderDash: [6, 4],
            spanGaps: true,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { labels: { color: text } } },
        scales: {
          x: { ticks: { color: text }, grid: { display: false } },
          revenue: {
            position: 'left',
            beginAtZero: true,
            ticks: { color: text },
            grid: { color: grid },
          },
          customers: {
            position: 'right',
            beginAtZero: true,
            ticks: { color: text, precision: 0 },
            grid: { display: false },
          },
        },
      },
    };
    return new Chart(context, config);
  }

  private update(): void {
    const figures = this.figures();
    if (!this.chart) return;
    this.chart.data.labels = figures.map((f) => formatMonth(f.month, this.language.formats()));
    this.chart.data.datasets[0].data = figures.map((f) => f.revenueEur);
    this.chart.data.datasets[0].label = this.transloco.translate(
      'respond.figures.fields.revenueEur',
    );
    this.chart.data.datasets[1].data = figures.map((f) => f.customers);
    this.chart.data.datasets[1].label = this.transloco.translate(
      'respond.figures.fields.customers',
    );
    this.chart.update();
  }
}
