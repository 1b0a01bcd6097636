import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Investor, INVESTOR_SORT_FIELDS } from '@kohorte/contracts';
import { AmountPipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { RecordListHeader } from '../records/record-list-header';
import { RecordListPage } from '../records/record-list-page';
import { RecordTable } from '../records/record-table';
import { InvestorFilters } from './investor-filters';
import {
  DEFAULT_INVESTOR_LIST_STATE,
  InvestorListState,
  investorListHelpers,
  investorStateFromParams,
  investorStateToQuery,
} from './investor-list-state';
import { InvestorsApi } from './investors-api';

const ALL_COLUMNS = ['name', 'type', 'ticket', 'sectors', 'regions', 'status', 'tags'] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** `/investors`: the investor table with server-side paging, sort and filters kept in the URL. */
@Component({
  selector: 'app-investor-list',
  imports: [
    RouterLink,
    AmountPipe,
    MatTableModule,
    MatSortModule,
    TranslocoPipe,
    RecordListHeader,
    RecordTable,
    InvestorFilters,
  ],
  templateUrl: './investor-list.html',
  styleUrl: '../records/record-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestorList extends RecordListPage<InvestorListState, Investor, Column> {
  protected readonly language = inject(LanguageService);

  constructor() {
    const api = inject(InvestorsApi);
    super({
      path: '/investors',
      defaults: DEFAULT_INVESTOR_LIST_STATE,
      helpers: investorListHelpers,
      fromParams: investorStateFromParams,
      sortFields: INVESTOR_SORT_FIELDS,
      load: (state) => api.list(investorStateToQuery(state)),
      columns: {
        all: ALL_COLUMNS,
        mediumBelow: 1280,
        medium: ['name', 'type', 'ticket', 'sectors', 'status'],
        narrow: ['name', 'type', 'status'],
      },
    });
  }
}
