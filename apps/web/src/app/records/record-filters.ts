import {
  afterNextRender,
  Directive,
  effect,
  ElementRef,
  inject,
  input,
  output,
  Signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormGroup } from '@angular/forms';
import { TagCount, TaggedList } from '@kohorte/contracts';
import { catchError, debounceTime, filter, map, merge, of, Subject, switchMap } from 'rxjs';
import { TagsApi } from '../tags/tags-api';
import { RecordListState } from './record-list-page';

const SEARCH_DEBOUNCE_MS = 300;
const TAG_SUGGESTIONS_DEBOUNCE_MS = 150;

/** A filter field's value as the list state keeps it: text trimmed, the rest as it is. */
function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/** What a filter bar hands to `RecordFilters`. */
export interface RecordFiltersSetup<S extends RecordListState, F extends FormGroup> {
  /** Its form: one control per filter, named as the state's field. */
  form: F;
  /** Which list's tags the tag field suggests. */
  list: TaggedList;
  /** The fields that wait until typing pauses. */
  typed: readonly (keyof S & string)[];
  /** A typed value as the state keeps it (default: trimmed text); null for an invalid one. */
  normalise?: (name: keyof S & string, value: unknown) => unknown;
}

/**
 * What the startup, mentor and investor filter bars share. A bar shows the view the URL describes
 * (`state`) in its form and asks for another one (`changed`); the list navigates. Its form's
 * controls are named as the state's fields; `typed` fields (text, amounts) wait until typing
 * pauses, the others ask at once. The tag field suggests the tags in use on its focus and while
 * typing.
 */
@Directive()
export abstract class RecordFilters<S extends RecordListState, F extends FormGroup = FormGroup> {
  private readonly tagsApi = inject(TagsApi);

  readonly state = input.required<S>();
  /**
   * The control to focus once the bar is there: the one whose stand-in (`FieldFacade`) was
   * pressed while the bar loaded, so that a tap on it is not lost.
   */
  readonly focusOnLoad = input<string | null>(null);
  readonly changed = output<Partial<S>>();

  /** The tag field got the focus: time to offer the tags in use. */
  protected readonly tagFocus$ = new Subject<void>();
  protected readonly tagOptions: Signal<TagCount[]>;

  /** The typed filters as this bar last asked for (or showed) them. */
  private readonly synced = new Map<string, unknown>();

  protected readonly filters: F;
  private readonly options: RecordFiltersSetup<S, F>;

  // The subclass hands over its form and fields: configuration, not a dependency to inject.
  // eslint-disable-next-line @angular-eslint/prefer-inject
  protected constructor(setup: RecordFiltersSetup<S, F>) {
    const filters = setup.form;
    this.filters = filters;
    this.options = setup;
    const tag = filters.get('tag');
    if (!tag) throw new Error('A record filter bar needs a tag field.');
    this.tagOptions = toSignal(
      merge(tag.valueChanges, this.tagFocus$.pipe(map(() => tag.value as string))).pipe(
        debounceTime(TAG_SUGGESTIONS_DEBOUNCE_MS),
        map((value: string) => value.trim()),
        switchMap((prefix) =>
          this.tagsApi.tags(setup.list, prefix).pipe(catchError(() => of<TagCount[]>([]))),
        ),
      ),
      { initialValue: [] },
    );

    effect(() => {
      const state = this.state();
      untracked(() => this.showInFilters(state));
    });

    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => {
      const name = this.focusOnLoad();
      if (name) host.querySelector<HTMLElement>(`[formcontrolname="${name}"]`)?.focus();
    });

    // Comparing with the URL state (not the previous value) keeps a search that matches the
    // current view from navigating again.
    for (const [name, control] of Object.entries(filters.controls)) {
      const key = name as keyof S & string;
      if (setup.typed.includes(key)) {
        control.valueChanges
          .pipe(
            debounceTime(SEARCH_DEBOUNCE_MS),
            map((value) => this.normalise(key, value)),
            filter((value) => value !== this.state()[key]),
            takeUntilDestroyed(),
          )
          .subscribe((value) => this.ask({ [key]: value } as Partial<S>));
      } else {
        control.valueChanges
          .pipe(takeUntilDestroyed())
          .subscribe((value) => this.ask({ [key]: value } as Partial<S>));
      }
    }
  }

  /** Enter in a text field searches at once instead of waiting for the pause. */
  protected searchNow(): void {
    const values = this.filters.getRawValue() as Record<string, unknown>;
    const changes: Record<string, unknown> = {};
    for (const key of this.options.typed) changes[key] = this.normalise(key, values[key]);
    this.ask(changes as Partial<S>);
  }

  /** A tag picked from the suggestions filters at once. */
  protected filterByTag(tag: string): void {
    this.ask({ tag } as Partial<S>);
  }

  private normalise(name: keyof S & string, value: unknown): unknown {
    return this.options.normalise ? this.options.normalise(name, value) : trimmed(value);
  }

  private ask(changes: Partial<S>): void {
    for (const key of this.options.typed) {
      if (changes[key] !== undefined) this.synced.set(key, changes[key]);
    }
    this.changed.emit(changes);
  }

  /**
   * Mirrors the URL into the fields (first load, back button, shared link, a tag clicked in a
   * row). The echo of this bar's own search is skipped: the person may have typed more since it
   * was sent.
   */
  private showInFilters(state: S): void {
    const silent = { emitEvent: false };
    for (const [name, control] of Object.entries(this.filters.controls)) {
      const key = name as keyof S & string;
      if (!this.options.typed.includes(key)) {
        control.setValue(state[key], silent);
        continue;
      }
      if (!this.synced.has(key) || state[key] !== this.synced.get(key)) {
        control.setValue(state[key], silent);
      }
      this.synced.set(key, state[key]);
    }
  }
}
