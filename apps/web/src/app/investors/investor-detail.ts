import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Investor } from '@kohorte/contracts';
import { AmountPipe, DateTimePipe, DayPipe } from '../core/formats/format-pipes';
import { RecordDetailFrame } from '../records/record-detail-frame';
import { RecordDetailPage } from '../records/record-detail-page';
import { Timeline } from '../timeline/timeline';
import { InvestorsApi } from './investors-api';

/** `/investors/:id`: the profile, the ticket range, and the timeline. */
@Component({
  selector: 'app-investor-detail',
  imports: [
    RouterLink,
    AmountPipe,
    DateTimePipe,
    DayPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    TranslocoPipe,
    RecordDetailFrame,
    Timeline,
  ],
  templateUrl: './investor-detail.html',
  styleUrl: './investor-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestorDetail extends RecordDetailPage<Investor> {
  constructor() {
    super({
      api: inject(InvestorsApi),
      path: '/investors',
      name: (investor) => investor.name,
      archived: 'investors.detail.archived',
      restored: 'investors.detail.restored',
      erase: {
        title: 'investors.erase.title',
        message: 'investors.erase.text',
        confirm: 'investors.erase.confirm',
        done: 'investors.erase.done',
      },
    });
  }
}
