import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Mentor, MENTOR_CAPACITY_MAX, MENTOR_STATUSES } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { TagInput } from '../tags/tag-input';
import {
  BIO_MAX,
  createMentorForm,
  FULL_NAME_MAX,
  toMentorFormValue,
  toMentorInput,
} from './mentor-form-model';
import { isNotFound } from '../records/records-api';
import { RecordFormFrame } from '../records/record-form-frame';
import { MentorsApi } from './mentors-api';
import { provideDateAdapter } from '../core/i18n/date-adapter';

/** `/mentors/new` and `/mentors/:id/edit`. */
@Component({
  providers: [provideDateAdapter()],
  selector: 'app-mentor-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatButtonModule,
    MatIconModule,
    RecordFormFrame,
    TranslocoPipe,
    FieldErrorPipe,
    TagInput,
  ],
  templateUrl: './mentor-form.html',
  styleUrl: '../records/record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorFormPage implements OnInit {
  private readonly api = inject(MentorsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly vocab = inject(VocabularyStore);

  /** Route parameter; absent on `/mentors/new`. */
  readonly id = input<string>();

  protected readonly form = createMentorForm();
  protected readonly limits = { fullName: FULL_NAME_MAX, bio: BIO_MAX };
  protected readonly capacityMax = MENTOR_CAPACITY_MAX;
  protected readonly statuses = MENTOR_STATUSES;
  protected readonly original = signal<Mentor | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly cancelLink = computed(() => {
    const id = this.id();
    return id ? ['/mentors', id] : ['/mentors'];
  });

  protected readonly topics = this.vocab.options('topics');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly languages = this.vocab.options('languages');

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    const id = this.id();
    if (id) this.load(id);
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.transloco.translate('mentors.form.fixErrors'));
      this.focusFirstInvalid();
      return;
    }
    const input = toMentorInput(this.form.getRawValue());
    const id = this.id();
    const request = id ? this.api.update(id, input) : this.api.create(input);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => {
        this.snackBar.open(
          this.transloco.translate('mentors.form.saved', { name: saved.fullName }),
          undefined,
          { duration: 4000 },
        );
        void this.router.navigate(['/mentors', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        // A 409 names `email`: it lands beside the email field like any field error.
        this.error.set(
          applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
        );
        this.focusFirstInvalid();
      },
    });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (mentor) => {
        this.original.set(mentor);
        this.form.reset(toMentorFormValue(mentor));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isNotFound(error)) {
          this.notFound.set(true);
        } else {
          this.error.set(this.transloco.translate('errors.generic'));
        }
      },
    });
  }

  /** Takes keyboard and screen-reader users to the first field that needs attention. */
  private focusFirstInvalid(): void {
    // After the error messages render, so the field's description includes them.
    setTimeout(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid',
      );
      field?.focus();
    });
  }
}
