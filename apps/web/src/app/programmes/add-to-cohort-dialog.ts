import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MEMBERSHIP_STATUSES, MembershipStatus } from '@kohorte/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  Observable,
  of,
  switchMap,
} from 'rxjs';
import { apiMessage, CohortsApi } from './cohorts-api';

const SEARCH_DEBOUNCE_MS = 250;
const SUGGESTIONS = 10;

/** Startups to add to a cohort, or mentors to add to its pool. */
export interface AddToCohortData {
  kind: 'startups' | 'mentors';
  cohortId: string;
  /** Already in the cohort (or pool): not offered. */
  existingIds: string[];
}

/** A search result the person can pick. */
export interface Candidate {
  id: string;
  name: string;
  detail: string;
}

/**
 * "Add startups" / "Add mentors": search, pick several (chips), add them all in one request.
 * Closes with `true` when something was added.
 */
@Component({
  selector: 'app-add-to-cohort-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatAutocompleteModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './add-to-cohort-dialog.html',
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddToCohortDialog {
  private readonly api = inject(CohortsApi);
  private readonly dialogRef = inject<MatDialogRef<AddToCohortDialog, boolean>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<AddToCohortData>(MAT_DIALOG_DATA);

  protected readonly statuses = MEMBERSHIP_STATUSES;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly status = new FormControl<MembershipStatus>('applied', { nonNullable: true });
  protected readonly candidates = signal<Candidate[]>([]);
  protected readonly searching = signal(false);
  protected readonly picked = signal<Candidate[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The field is for searching: a picked option becomes a chip, not the field's text. */
  protected readonly emptyDisplay = (): string => '';

  constructor() {
    this.search.valueChanges
      .pipe(
        // A picked option writes its object into the field; only typed text searches.
        map((value) => (typeof value === 'string' ? value.trim() : '')),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q === '') return of([]);
          this.searching.set(true);
          return this.find(q).pipe(catchError(() => of([])));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((found) => {
        this.searching.set(false);
        const taken = new Set([...this.data.existingIds, ...this.picked().map((c) => c.id)]);
        this.candidates.set(found.filter((candidate) => !taken.has(candidate.id)));
      });
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const candidate = event.option.value as Candidate;
    this.picked.update((picked) =>
      picked.some((p) => p.id === candidate.id) ? picked : [...picked, candidate],
    );
    this.candidates.update((list) => list.filter((c) => c.id !== candidate.id));
    this.search.setValue('');
  }

  protected unpick(candidate: Candidate): void {
    this.picked.update((picked) => picked.filter((p) => p.id !== candidate.id));
  }

  protected submit(): void {
    const ids = this.picked().map((candidate) => candidate.id);
    if (this.saving() || ids.length === 0) return;
    this.saving.set(true);
    this.error.set(null);
    const request: Observable<unknown> =
      this.data.kind === 'startups'
        ? this.api.addStartups(this.data.cohortId, { startupIds: ids, status: this.status.value })
        : this.api.addMentors(this.data.cohortId, ids);
    request.subscribe({
      next: () => this.dialogRef.close(true),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiMessage(error) ?? this.transloco.translate('errors.generic'));
      },
    });
  }

  private find(q: string): Observable<Candidate[]> {
    if (this.data.kind === 'startups') {
      return this.api.searchStartups({ q, pageSize: SUGGESTIONS }).pipe(
        map((page) =>
          page.items.map((s) => ({
            id: s.id,
            name: s.name,
            detail: [s.city, s.oneLiner].filter((part) => !!part).join(' · '),
          })),
        ),
      );
    }
    return this.api.searchMentors({ q, pageSize: SUGGESTIONS }).pipe(
      map((page) =>
        page.items.map((m) => ({
          id: m.id,
          name: m.fullName,
          detail: this.transloco.translate('cohorts.pool.loadOf', {
            load: m.load + m.offered,
            capacity: m.capacity,
          }),
        })),
      ),
    );
  }
}
