import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SEARCH_MIN_LENGTH, SearchHit, SearchResult, SearchType } from '@kohorte/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  Observable,
  of,
  switchMap,
} from 'rxjs';
import { SEARCH_ROUTES, SearchApi } from './search-api';

export const SEARCH_DEBOUNCE_MS = 200;

/** What the panel shows: nothing yet (query too short), the groups, or that the search failed. */
type PanelState =
  { kind: 'idle' } | { kind: 'result'; result: SearchResult } | { kind: 'failed'; q: string };

/** An option's value: the record to open. */
export interface SearchChoice {
  type: SearchType;
  hit: SearchHit;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The toolbar search: type two characters, see the best startups, mentors, investors and cohorts
 * grouped by type; arrows move, Enter opens, Escape closes. `/` or Ctrl+K focuses it from anywhere.
 * On narrow screens it is an icon button that expands into the field.
 */
@Component({
  selector: 'app-global-search',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
  ],
  templateUrl: './global-search.html',
  styleUrl: './global-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class.narrow]': 'narrow()',
    '[class.expanded]': 'expanded()',
    '(document:keydown)': 'onDocumentKeydown($event)',
  },
})
export class GlobalSearch {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly input = viewChild<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild(MatAutocompleteTrigger);

  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly state = signal<PanelState>({ kind: 'idle' });
  protected readonly result = computed(() => {
    const state = this.state();
    return state.kind === 'result' ? state.result : null;
  });
  protected readonly failed = computed(() => this.state().kind === 'failed');
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** On narrow screens: whether the field is shown instead of the icon button. */
  protected readonly expanded = signal(false);

  constructor() {
    this.query.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : '')),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q): Observable<PanelState> => {
          if (q.length < SEARCH_MIN_LENGTH) return of({ kind: 'idle' });
          return this.api.search(q).pipe(
            map((result): PanelState => ({ kind: 'result', result })),
            catchError(() => of<PanelState>({ kind: 'failed', q })),
          );
        }),
        takeUntilDestroyed(),
      )
      // The panel opened on typing; it shows as soon as it has options.
      .subscribe((state) => this.state.set(state));
  }

  /** The option shows the record, not the object, and picking one leaves the field empty. */
  protected readonly displayNothing = (): string => '';

  protected open(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as SearchChoice;
    this.query.setValue('');
    this.state.set({ kind: 'idle' });
    this.input()?.nativeElement.blur();
    this.expanded.set(false);
    void this.router.navigate([SEARCH_ROUTES[choice.type], choice.hit.id]);
  }

  protected expand(): void {
    this.expanded.set(true);
    // The field exists once the view has re-rendered.
    setTimeout(() => this.input()?.nativeElement.focus());
  }

  /** Leaving the field on a narrow screen folds it back into the button, unless text is in it. */
  protected onBlur(): void {
    if (this.narrow() && this.query.value.trim() === '' && !this.trigger()?.panelOpen) {
      this.expanded.set(false);
    }
  }

  protected onInputKeydown(event: KeyboardEvent): void {
    // The first Escape closes the panel (the autocomplete does that); one more leaves the field.
    if (event.key === 'Escape' && !this.trigger()?.panelOpen) {
      this.query.setValue('');
      this.input()?.nativeElement.blur();
      this.expanded.set(false);
    }
  }

  protected onDocumentKeydown(event: KeyboardEvent): void {
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!ctrlK && !(slash && !isEditable(event.target))) return;
    event.preventDefault();
    if (this.narrow()) this.expand();
    else this.input()?.nativeElement.focus();
  }
}
