import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { STARTUP_STATUSES, StartupStatus } from '@kohorte/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { ListsApi } from '../lists/lists-api';
import { StartupListState } from './startup-list-state';

const SEARCH_DEBOUNCE_MS = 300;

const TEXT_FILTERS = ['q', 'city', 'tag'] as const;

/**
 * The startup list's filter fields. They show the view the URL describes (`state`) and ask for
 * another one (`changed`); the list navigates. Text fields wait until typing pauses.
 */
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
export class StartupFilters {
  private readonly lists = inject(ListsApi);
  private readonly vocab = inject(VocabularyStore);

  readonly state = input.required<StartupListState>();
  readonly changed = output<Partial<StartupListState>>();

  protected readonly stages = this.vocab.options('stages');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly statuses = STARTUP_STATUSES;

  /** The text filters as this component last asked for (or showed) them. */
  private readonly synced = { q: '', city: '', tag: '' };

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    stage: new FormControl<string | null>(null),
    sector: new FormControl<string | null>(null),
    city: new FormControl('', { nonNullable: true }),
    tag: new FormControl('', { nonNullable: true }),
    status: new FormControl<StartupStatus>('active', { nonNullable: true }),
  });
  /** Tags in use on startups, for the tag filter's suggestions. */
  protected readonly tagOptions = toSignal(
    this.filters.controls.tag.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((tag) => tag.trim()),
      distinctUntilChanged(),
      switchMap((tag) => this.lists.tags('startups', tag).pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );

  constructor() {
    effect(() => {
      const state = this.state();
      untracked(() => this.showInFilters(state));
    });

    // Comparing with the URL state (not the previous value) keeps a search that matches the
    // current view from navigating again.
    const c = this.filters.controls;
    for (const key of TEXT_FILTERS) {
      c[key].valueChanges
        .pipe(
          debounceTime(SEARCH_DEBOUNCE_MS),
          map((value) => value.trim()),
          filter((value) => value !== this.state()[key]),
          takeUntilDestroyed(),
        )
        .subscribe((value) => this.ask({ [key]: value }));
    }
    c.stage.valueChanges.pipe(takeUntilDestroyed()).subscribe((stage) => this.ask({ stage }));
    c.sector.valueChanges.pipe(takeUntilDestroyed()).subscribe((sector) => this.ask({ sector }));
    c.status.valueChanges.pipe(takeUntilDestroyed()).subscribe((status) => this.ask({ status }));
  }

  /** Enter in a text field searches at once instead of waiting for the pause. */
  protected searchNow(): void {
    const { q, city, tag } = this.filters.getRawValue();
    this.ask({ q: q.trim(), city: city.trim(), tag: tag.trim() });
  }

  /** A tag picked from the suggestions filters at once. */
  protected filterByTag(tag: string): void {
    this.ask({ tag });
  }

  private ask(changes: Partial<StartupListState>): void {
    for (const key of TEXT_FILTERS) {
      const value = changes[key];
      if (value !== undefined) this.synced[key] = value;
    }
    this.changed.emit(changes);
  }

  /**
   * Mirrors the URL into the fields (first load, back button, shared link, a tag clicked in a
   * row). The echo of this component's own search is skipped: the person may have typed more since
   * it was sent.
   */
  private showInFilters(state: StartupListState): void {
    const c = this.filters.controls;
    const silent = { emitEvent: false };
    for (const key of TEXT_FILTERS) {
      if (state[key] !== this.synced[key]) c[key].setValue(state[key], silent);
      this.synced[key] = state[key];
    }
    c.stage.setValue(state.stage, silent);
    c.sector.setValue(state.sector, silent);
    c.status.setValue(state.status, silent);
  }
}
