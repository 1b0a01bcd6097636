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
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Startup } from '@kohorte/contracts';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { TagInput } from '../tags/tag-input';
import { StartupProfileFields } from './startup-profile-fields';
import { createStartupForm, toFormValue, toStartupInput } from './startup-form-model';
import { isNotFound } from '../records/records-api';
import { RecordFormFrame } from '../records/record-form-frame';
import { StartupsApi } from './startups-api';

/** `/startups/new` and `/startups/:id/edit`. */
@Component({
  selector: 'app-startup-form',
  imports: [
    StartupProfileFields,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    RecordFormFrame,
    TranslocoPipe,
    TagInput,
  ],
  templateUrl: './startup-form.html',
  styleUrl: '../records/record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupFormPage implements OnInit {
  private readonly api = inject(StartupsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter; absent on `/startups/new`. */
  readonly id = input<string>();

  protected readonly form = createStartupForm();
  protected readonly original = signal<Startup | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly cancelLink = computed(() => {
    const id = this.id();
    return id ? ['/startups', id] : ['/startups'];
  });

  protected readonly stages = this.vocab.options('stages');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly languages = this.vocab.options('languages');
  protected readonly topics = this.vocab.options('topics');

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    const id = this.id();
    if (id) this.load(id);
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.transloco.translate('startups.form.fixErrors'));
      this.focusFirstInvalid();
      return;
    }
    const input = toStartupInput(this.form.getRawValue());
    const id = this.id();
    const request = id ? this.api.update(id, input) : this.api.create(input);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => {
        this.snackBar.open(
          this.transloco.translate('startups.form.saved', { name: saved.name }),
          undefined,
          { duration: 4000 },
        );
        void this.router.navigate(['/startups', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
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
      next: (startup) => {
        this.original.set(startup);
        this.form.reset(toFormValue(startup));
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
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, app-tag-input.ng-invalid input',
      );
      field?.focus();
    });
  }
}
