import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Mentor, MENTOR_SORT_FIELDS } from '@kohorte/contracts';
import { LoadFigure } from '../core/formats/load-figure';
import { RecordListHeader } from '../records/record-list-header';
import { RecordListPage } from '../records/record-list-page';
import { RecordTable } from '../records/record-table';
import { MentorFilters } from './mentor-filters';
import {
  DEFAULT_MENTOR_LIST_STATE,
  MentorListState,
  mentorListHelpers,
  mentorStateFromParams,
  mentorStateToQuery,
} from './mentor-list-state';
import { MentorsApi } from './mentors-api';

const ALL_COLUMNS = ['fullName', 'company', 'city', 'expertise', 'load', 'status', 'tags'] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** `/mentors`: the mentor table with server-side paging, sort and filters kept in the URL. */
@Component({
  selector: 'app-mentor-list',
  imports: [
    LoadFigure,
    RouterLink,
    MatTableModule,
    MatSortModule,
    TranslocoPipe,
    RecordListHeader,
    RecordTable,
    MentorFilters,
  ],
  templateUrl: './mentor-list.html',
  styleUrl: '../records/record-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorList extends RecordListPage<MentorListState, Mentor, Column> {
  constructor() {
    const api = inject(MentorsApi);
    super({
      path: '/mentors',
      defaults: DEFAULT_MENTOR_LIST_STATE,
      helpers: mentorListHelpers,
      fromParams: mentorStateFromParams,
      sortFields: MENTOR_SORT_FIELDS,
      load: (state) => api.list(mentorStateToQuery(state)),
      columns: {
        all: ALL_COLUMNS,
        mediumBelow: 1280,
        medium: ['fullName', 'company', 'expertise', 'load', 'status'],
        narrow: ['fullName', 'load', 'status'],
      },
    });
  }
}
