import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  DestroyRef,
  DoCheck,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  ControlValueAccessor,
  FormControl,
  FormGroupDirective,
  NgControl,
  NgForm,
  ReactiveFormsModule,
} from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MAX_TAGS, TagCount, TaggedList } from '@kohorte/contracts';
import { catchError, debounceTime, distinctUntilChanged, of, Subject, switchMap } from 'rxjs';
import { FieldErrorPipe } from '../core/forms/field-error';
import { addTag } from './tag-rules';
import { TagsApi } from './tags-api';

const SUGGEST_DEBOUNCE_MS = 200;

/**
 * A list's tags as chips, with suggestions of the tags in use on that list:
 * `<app-tag-input list="mentors" formControlName="tags" [label]="…" />`. A ControlValueAccessor
 * over `string[]`; the control's errors (the API's `tags.1` included) show under the field.
 */
@Component({
  selector: 'app-tag-input',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <mat-form-field appearance="outline" class="tag-field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid
        #grid
        [disabled]="disabled()"
        [errorStateMatcher]="errorState"
        [attr.aria-label]="label()"
      >
        @for (tag of tags(); track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove [attr.aria-label]="'tags.remove' | transloco: { tag }">
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          </mat-chip-row>
        }
        <input
          data-testid="tag-input"
          [placeholder]="'tags.placeholder' | transloco"
          [formControl]="query"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="addTyped($event)"
          (focus)="suggest()"
        />
      </mat-chip-grid>
      <mat-autocomplete
        #auto="matAutocomplete"
        [attr.aria-label]="'tags.suggestions' | transloco"
        (optionSelected)="addSuggested($event)"
      >
        @for (option of suggestions(); track option.tag) {
          <mat-option [value]="option.tag">
            {{ option.tag }}
            <span class="count">{{ 'tags.count' | transloco: { count: option.count } }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      @if (problem(); as message) {
        <mat-hint class="problem" role="alert">{{ message }}</mat-hint>
      }
      @if (ngControl?.control; as control) {
        <mat-error>{{ control | fieldError }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .tag-field {
      width: 100%;
    }
    .count {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagInput implements ControlValueAccessor, OnInit, DoCheck {
  private readonly api = inject(TagsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly ngControl = inject(NgControl, { self: true, optional: true });
  private readonly parentForm =
    inject(FormGroupDirective, { optional: true }) ?? inject(NgForm, { optional: true });

  readonly list = input.required<TaggedList>();
  readonly label = input('');

  private readonly grid = viewChild(MatChipGrid);
  protected readonly tags = signal<string[]>([]);
  protected readonly disabled = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly separators = [13, 188]; // Enter, comma
  private readonly lookups = new Subject<string>();
  private readonly found = toSignal(
    this.lookups.pipe(
      debounceTime(SUGGEST_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((prefix) => this.api.tags(this.list(), prefix).pipe(catchError(() => of([])))),
    ),
    { initialValue: [] as TagCount[] },
  );
  /** Tags in use that the record does not have yet. */
  protected readonly suggestions = computed(() => {
    const chosen = new Set(this.tags().map((tag) => tag.toLowerCase()));
    return this.found().filter((option) => !chosen.has(option.tag.toLowerCase()));
  });

  /** The chips show red when the form control (not the text box) has an error to show. */
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.ngControl?.control;
      return !!control && control.invalid && (control.touched || !!this.parentForm?.submitted);
    },
  };

  private onChange: (tags: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    if (this.ngControl) this.ngControl.valueAccessor = this;
    this.query.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((text) => this.lookups.next(text.trim()));
  }

  ngOnInit(): void {
    // Errors set on the control from outside (the API's, after a save) must show here too.
    this.ngControl?.control?.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.grid()?.updateErrorState();
      this.changeDetector.markForCheck();
    });
  }

  /** The chip grid has no form control of its own, so it is told when to show its error state. */
  ngDoCheck(): void {
    this.grid()?.updateErrorState();
  }

  writeValue(value: string[] | null): void {
    this.tags.set(Array.isArray(value) ? [...value] : []);
  }

  registerOnChange(fn: (tags: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected suggest(): void {
    this.lookups.next(this.query.value.trim());
  }

  protected addTyped(event: MatChipInputEvent): void {
    this.add(event.value);
  }

  protected addSuggested(event: MatAutocompleteSelectedEvent): void {
    this.add(String(event.option.value));
  }

  protected remove(tag: string): void {
    this.update(this.tags().filter((existing) => existing !== tag));
  }

  private add(raw: string): void {
    const result = addTag(this.tags(), raw);
    if (result.error) {
      this.problem.set(
        this.transloco.translate(result.error === 'invalid' ? 'tags.invalid' : 'tags.tooMany', {
          tag: result.tag,
          max: MAX_TAGS,
        }),
      );
      return;
    }
    this.problem.set(null);
    this.query.setValue('');
    if (result.tags.length !== this.tags().length) this.update(result.tags);
  }

  private update(tags: string[]): void {
    this.tags.set(tags);
    this.onChange(tags);
    this.onTouched();
  }
}
