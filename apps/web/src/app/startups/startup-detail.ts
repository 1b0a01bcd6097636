import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Startup } from '@kohorte/contracts';
import { AmountPipe, DateTimePipe, DayPipe } from '../core/formats/format-pipes';
import { RecordDetailFrame } from '../records/record-detail-frame';
import { RecordDetailPage } from '../records/record-detail-page';
import { ProfileRequestButton } from '../respond/profile-request-button';
import { Timeline } from '../timeline/timeline';
import { StartupContacts } from './startup-contacts';
import { StartupFiguresCard } from './startup-figures';
import { StartupsApi } from './startups-api';

/** `/startups/:id`: the profile, figures, founders and contacts, and the timeline. */
@Component({
  selector: 'app-startup-detail',
  imports: [
    RouterLink,
    AmountPipe,
    DateTimePipe,
    DayPipe,
    DecimalPipe,
    PercentPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    RecordDetailFrame,
    StartupContacts,
    Timeline,
    ProfileRequestButton,
    StartupFiguresCard,
  ],
  templateUrl: './startup-detail.html',
  styleUrl: './startup-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupDetail extends RecordDetailPage<Startup> {
  constructor() {
    super({
      api: inject(StartupsApi),
      path: '/startups',
      name: (startup) => startup.name,
      archived: 'startups.detail.archived',
      restored: 'startups.detail.restored',
      erase: {
        title: 'startups.detail.deleteTitle',
        message: 'startups.detail.deleteMessage',
        confirm: 'startups.detail.deleteConfirm',
        done: 'startups.detail.deleted',
      },
    });
  }
}
