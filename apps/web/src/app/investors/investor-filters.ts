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
import {
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  InvestorStatus,
  InvestorType,
} from '@kohorte/contracts';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { RecordFilters } from '../records/record-filters';
import { InvestorListState } from './investor-list-state';

/** A typed amount the API takes (a whole number of euros ≥ 0), else no filter. */
function validAmount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function investorFilterForm() {
  return new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl<InvestorType | null>(null),
    sector: new FormControl<string | null>(null),
    stage: new FormControl<string | null>(null),
    region: new FormControl('', { nonNullable: true }),
    status: new FormControl<InvestorStatus | null>(null),
    tag: new FormControl('', { nonNullable: true }),
    ticketEur: new FormControl<number | null>(null),
    archived: new FormControl(false, { nonNullable: true }),
  });
}

/** The investor list's filter bar (see `RecordFilters`); the ticket waits like the text fields. */
@Component({
  selector: 'app-investor-filters',
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
  templateUrl: './investor-filters.html',
  styleUrl: './investor-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestorFilters extends RecordFilters<
  InvestorListState,
  ReturnType<typeof investorFilterForm>
> {
  private readonly vocab = inject(VocabularyStore);
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly regions = this.vocab.regions;
  protected readonly types = INVESTOR_TYPES;
  protected readonly statuses = INVESTOR_STATUSES;

  constructor() {
    super({
      form: investorFilterForm(),
      list: 'investors',
      typed: ['q', 'region', 'tag', 'ticketEur'],
      normalise: (name, value) =>
        name === 'ticketEur'
          ? validAmount(value)
          : typeof value === 'string'
            ? value.trim()
            : value,
    });
  }
}
