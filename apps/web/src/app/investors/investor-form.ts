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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  INTROS_PER_ROUND_MAX,
  Investor,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  LOCALES,
} from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { TagInput } from '../tags/tag-input';
import { isNotFound } from '../records/records-api';
import { RecordFormFrame } from '../records/record-form-frame';
import {
  createInvestorForm,
  NAME_MAX,
  toInvestorFormValue,
  toInvestorInput,
} from './investor-form-model';
import { InvestorsApi } from './investors-api';

/** `/investors/new` and `/investors/:id/edit`. */
@Component({
  selector: 'app-investor-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    RecordFormFrame,
    TranslocoPipe,
    FieldErrorPipe,
    TagInput,
  ],
  templateUrl: './investor-form.html',
  styleUrl: '../records/record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestorFormPage implements OnInit {
  private readonly api = inject(InvestorsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly vocab = inject(VocabularyStore);

  /** Route parameter; absent on `/investors/new`. */
  readonly id = input<string>();

  protected readonly form = createInvestorForm();
  protected readonly limits = {
    name: NAME_MAX,
    introsPerRound: INTROS_PER_ROUND_MAX,
  };
  protected readonly types = INVESTOR_TYPES;
  protected readonly statuses = INVESTOR_STATUSES;
  protected readonly locales = LOCALES;
  protected readonly original = signal<Investor | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly cancelLink = computed(() => {
    const id = this.id();
    return id ? ['/investors', id] : ['/investors'];
  });

  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly regions = this.vocab.regions;

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    const id = this.id();
    if (id) this.load(id);
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.transloco.translate('investors.form.fixErrors'));
      this.focusFirstInvalid();
      return;
    }
    const input = toInvestorInput(this.form.getRawValue());
    const id = this.id();
    const request = id ? this.api.update(id, input) : this.api.create(input);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => {
        this.snackBar.open(
          this.transloco.translate('investors.form.saved', { name: saved.name }),
          undefined,
          { duration: 4000 },
        );
        void this.router.navigate(['/investors', saved.id]);
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
      next: (investor) => {
        this.original.set(investor);
        this.form.reset(toInvestorFormValue(investor));
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
    setTimeout(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid',
      );
      field?.focus();
    });
  }
}
