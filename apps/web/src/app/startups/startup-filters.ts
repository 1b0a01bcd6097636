import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { STARTUP_STATUSES, StartupStatus } from '@kohorte/contracts';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { RecordFilters } from '../records/record-filters';
import { StartupListState } from './startup-list-state';

function startupFilterForm() {
  return new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    stage: new FormControl<string | null>(null),
    sector: new FormControl<string | null>(null),
    city: new FormControl('', { nonNullable: true }),
    tag: new FormControl('', { nonNullable: true }),
    status: new FormControl<StartupStatus>('active', { nonNullable: true }),
  });
}

/** The startup list's filter bar (see `RecordFilters`). */
@Component({
  selector: 'app-startup-filters',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
  ],
  templateUrl: './startup-filters.html',
  styleUrl: './startup-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupFilters extends RecordFilters<
  StartupListState,
  ReturnType<typeof startupFilterForm>
> {
  private readonly vocab = inject(VocabularyStore);
  protected readonly stages = this.vocab.options('stages');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly statuses = STARTUP_STATUSES;

  constructor() {
    super({
      form: startupFilterForm(),
      list: 'startups',
      typed: ['q', 'city', 'tag'],
    });
  }
}
