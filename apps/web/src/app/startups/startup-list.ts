import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { STARTUP_SORT_FIELDS, StartupListItem } from '@kohorte/contracts';
import { DayPipe, MonthPipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { RecordListHeader } from '../records/record-list-header';
import { RecordListPage } from '../records/record-list-page';
import { FieldFacade } from '../records/field-facade';
import { RecordTable } from '../records/record-table';
import { StartupFilters } from './startup-filters';
import {
  DEFAULT_LIST_STATE,
  StartupListState,
  startupListHelpers,
  stateFromParams,
  stateToParams,
  stateToQuery,
} from './startup-list-state';
import { StartupsApi } from './startups-api';

const ALL_COLUMNS = [
  'name',
  'stage',
  'sectors',
  'tags',
  'city',
  'foundedOn',
  'teamSize',
  'completeness',
  'updatedAt',
] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** `/startups`: the startup table with server-side paging, sort and filters kept in the URL. */
@Component({
  selector: 'app-startup-list',
  imports: [
    RouterLink,
    DayPipe,
    MonthPipe,
    DecimalPipe,
    PercentPipe,
    MatTableModule,
    MatSortModule,
    TranslocoPipe,
    MatIconModule,
    RecordListHeader,
    RecordTable,
    StartupFilters,
  ],
  templateUrl: './startup-list.html',
  styleUrls: ['../records/record-list.scss', './startup-list.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupList extends RecordListPage<StartupListState, StartupListItem, Column> {
  protected readonly language = inject(LanguageService);

  /** The filter field pressed before the bar loaded; it gets the focus then. */
  protected readonly pressedFilter = signal<string | null>(null);

  /** The filter bar as it will look, with the view's values, until its fields load. */
  protected readonly filterFacades = computed<FieldFacade[]>(() => {
    const state = this.state();
    return [
      { control: 'q', label: 'startups.search', kind: 'search', value: state.q },
      {
        control: 'stage',
        label: 'startups.fields.stage',
        kind: 'select',
        value: this.vocab.label('stages', state.stage),
      },
      {
        control: 'sector',
        label: 'startups.filterSector',
        kind: 'select',
        value: this.vocab.label('sectors', state.sector),
      },
      { control: 'city', label: 'startups.fields.city', kind: 'text', value: state.city },
      { control: 'tag', label: 'startups.fields.tag', kind: 'text', value: state.tag },
      {
        control: 'status',
        label: 'startups.fields.status',
        kind: 'select',
        valueKey: `startups.statuses.${state.status}`,
      },
    ];
  });

  constructor() {
    const api = inject(StartupsApi);
    super({
      path: '/startups',
      defaults: DEFAULT_LIST_STATE,
      helpers: startupListHelpers,
      fromParams: stateFromParams,
      sortFields: STARTUP_SORT_FIELDS,
      load: (state) => api.list(stateToQuery(state)),
      columns: {
        all: ALL_COLUMNS,
        mediumBelow: 1440,
        medium: ['name', 'stage', 'sectors', 'tags', 'city', 'updatedAt'],
        narrow: ['name', 'stage', 'updatedAt'],
      },
      // A startup view keeps its page size.
      viewParams: (state) => {
        const params = stateToParams(state) as Record<string, string>;
        delete params['page'];
        delete params['cursor'];
        return params;
      },
    });
  }
}
