import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { MENTOR_STATUSES, MentorStatus } from '@kohorte/contracts';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { RecordFilters } from '../records/record-filters';
import { MentorListState } from './mentor-list-state';

function mentorFilterForm() {
  return new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    topic: new FormControl<string | null>(null),
    sector: new FormControl<string | null>(null),
    stage: new FormControl<string | null>(null),
    language: new FormControl<string | null>(null),
    city: new FormControl('', { nonNullable: true }),
    status: new FormControl<MentorStatus | null>(null),
    tag: new FormControl('', { nonNullable: true }),
    hasCapacity: new FormControl(false, { nonNullable: true }),
    archived: new FormControl(false, { nonNullable: true }),
  });
}

/** The mentor list's filter bar (see `RecordFilters`). */
@Component({
  selector: 'app-mentor-filters',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
  ],
  templateUrl: './mentor-filters.html',
  styleUrl: './mentor-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorFilters extends RecordFilters<
  MentorListState,
  ReturnType<typeof mentorFilterForm>
> {
  private readonly vocab = inject(VocabularyStore);
  protected readonly topics = this.vocab.options('topics');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly languages = this.vocab.options('languages');
  protected readonly statuses = MENTOR_STATUSES;

  constructor() {
    super({
      form: mentorFilterForm(),
      list: 'mentors',
      typed: ['q', 'city', 'tag'],
    });
  }
}
