import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Mentee, Mentor } from '@kohorte/contracts';
import { DayPipe } from '../core/formats/format-pipes';
import { LoadFigure } from '../core/formats/load-figure';
import { RecordDetailFrame } from '../records/record-detail-frame';
import { RecordDetailPage } from '../records/record-detail-page';
import { Timeline } from '../timeline/timeline';
import { MentorsApi } from './mentors-api';

/** `/mentors/:id`: the profile, load against capacity, mentees, and the timeline. */
@Component({
  selector: 'app-mentor-detail',
  imports: [
    LoadFigure,
    RouterLink,
    DayPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    RecordDetailFrame,
    Timeline,
  ],
  templateUrl: './mentor-detail.html',
  styleUrl: './mentor-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorDetail extends RecordDetailPage<Mentor> implements OnInit {
  private readonly api = inject(MentorsApi);
  protected readonly mentees = signal<Mentee[] | null>(null);

  protected readonly current = computed(() => (this.mentees() ?? []).filter((m) => !m.endedAt));
  protected readonly past = computed(() => (this.mentees() ?? []).filter((m) => m.endedAt));
  /** Share of the capacity in use, 0–100 (a mentor over capacity shows a full bar). */
  protected readonly loadPercent = computed(() => {
    const mentor = this.record();
    if (!mentor) return 0;
    const used = mentor.load + mentor.offered;
    if (mentor.capacity === 0) return used > 0 ? 100 : 0;
    return Math.min(100, Math.round((used / mentor.capacity) * 100));
  });

  constructor() {
    super({
      api: inject(MentorsApi),
      path: '/mentors',
      name: (mentor) => mentor.fullName,
      archived: 'mentors.detail.archived',
      restored: 'mentors.detail.restored',
      erase: {
        title: 'mentors.erase.title',
        message: 'mentors.erase.text',
        confirm: 'mentors.erase.confirm',
        done: 'mentors.erase.done',
      },
    });
  }

  override ngOnInit(): void {
    super.ngOnInit();
    this.api.mentees(this.id()).subscribe({
      next: (mentees) => this.mentees.set(mentees),
      // The profile says whether the mentor exists; an empty list is the quiet fallback here.
      error: () => this.mentees.set([]),
    });
  }
}
