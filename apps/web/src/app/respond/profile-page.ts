import { DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CONSENT_TEXTS,
  FounderProfileView,
  LinkFailure,
  StartupFigures,
  Vocabularies,
  VocabularyKind,
} from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { StartupProfileFields } from '../startups/startup-profile-fields';
import { createFiguresForm, figuresFormValue, monthOf, toFiguresInput } from './figures-form-model';
import { LinkError } from './link-error';
import { createFounderForm, founderFormValue, toFounderPatch } from './profile-form-model';
import { linkFailure, RespondApi } from './respond-api';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { MonthPipe } from '../core/formats/format-pipes';

/**
 * `/respond/profile/:token`: the startup's own profile and monthly figures, through a founder's
 * link. Opening it changes nothing; each Save is one request that the API validates like the
 * staff form's, with its field errors shown beside the fields.
 */
@Component({
  selector: 'app-profile-page',
  imports: [
    StartupProfileFields,
    BerlinTimePipe,
    DecimalPipe,
    MonthPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
    LinkError,
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage implements OnInit {
  private readonly api = inject(RespondApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly view = signal<FounderProfileView | null>(null);
  protected readonly failure = signal<LinkFailure | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly vocabularies = signal<Vocabularies | null>(null);

  protected readonly form = createFounderForm();
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly figuresForm = createFiguresForm();
  protected readonly maxMonth = monthOf(new Date());
  protected readonly numberFields = [
    'revenueEur',
    'customers',
    'teamSize',
    'fundingRaisedEur',
  ] as const;
  protected readonly savingFigures = signal(false);
  protected readonly figuresSaved = signal<string | null>(null);
  protected readonly figuresError = signal<string | null>(null);
  /** Newest month first, as people read a report. */
  protected readonly figures = computed(() => [...(this.view()?.figures ?? [])].reverse());

  protected readonly stages = this.options('stages');
  protected readonly sectors = this.options('sectors');
  protected readonly languages = this.options('languages');
  protected readonly topics = this.options('topics');

  ngOnInit(): void {
    this.api
      .vocabularies()
      .subscribe({ next: (v) => this.vocabularies.set(v), error: () => undefined });
    this.api.profile(this.token()).subscribe({
      next: (view) => this.show(view),
      error: (error: unknown) => {
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else if (error instanceof HttpErrorResponse && error.status === 429)
          this.failure.set('unknown');
        else this.loadFailed.set(true);
      },
    });
    this.figuresForm.controls.month.valueChanges.subscribe((month) => this.pickMonth(month));
  }

  /** The consent to investor introductions, with the text in the page's language. */
  protected readonly introConsent = computed(() => {
    const consent = this.view()?.consents.find((c) => c.purpose === 'investor-introductions');
    return consent
      ? { ...consent, text: CONSENT_TEXTS['investor-introductions'][this.language.lang()] }
      : null;
  });
  protected readonly consentSaving = signal(false);
  protected readonly consentError = signal<string | null>(null);

  protected setConsent(given: boolean): void {
    if (this.consentSaving()) return;
    this.consentSaving.set(true);
    this.consentError.set(null);
    this.api.setConsent(this.token(), { purpose: 'investor-introductions', given }).subscribe({
      next: (view) => {
        this.consentSaving.set(false);
        const current = this.view();
        // Only the consents: unsaved edits of the profile form stay as they are.
        if (current) this.view.set({ ...current, consents: view.consents });
      },
      error: (error: unknown) => {
        this.consentSaving.set(false);
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else this.consentError.set(this.transloco.translate('respond.consentPanel.failed'));
      },
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.transloco.translate('respond.profile.fixErrors'));
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.api.updateProfile(this.token(), toFounderPatch(this.form.getRawValue())).subscribe({
      next: (view) => {
        this.saving.set(false);
        this.saved.set(true);
        this.show(view);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failed(error, (message) => this.error.set(message), this.form);
      },
    });
  }

  protected saveFigures(): void {
    if (this.savingFigures()) return;
    this.figuresSaved.set(null);
    if (this.figuresForm.invalid) {
      this.figuresForm.markAllAsTouched();
      this.figuresError.set(this.transloco.translate('respond.profile.fixErrors'));
      return;
    }
    const value = this.figuresForm.getRawValue();
    this.savingFigures.set(true);
    this.figuresError.set(null);
    this.api.putFigures(this.token(), value.month, toFiguresInput(value)).subscribe({
      next: (saved) => {
        this.savingFigures.set(false);
        this.figuresSaved.set(saved.month);
        const current = this.view();
        if (current) {
          const others = current.figures.filter((f) => f.month !== saved.month);
          const figures = [...others, saved].sort((a, b) => a.month.localeCompare(b.month));
          this.view.set({ ...current, figures });
        }
      },
      error: (error: unknown) => {
        this.savingFigures.set(false);
        this.failed(error, (message) => this.figuresError.set(message), this.figuresForm);
      },
    });
  }

  private show(view: FounderProfileView): void {
    this.view.set(view);
    this.form.reset(founderFormValue(view.profile));
    this.pickMonth(this.figuresForm.controls.month.value);
  }

  /** Another month picked: its reported figures, or an empty form. */
  private pickMonth(month: string): void {
    const reported: StartupFigures | undefined = this.view()?.figures.find(
      (f) => f.month === month,
    );
    this.figuresForm.reset(figuresFormValue(month, reported), { emitEvent: false });
  }

  private failed(
    error: unknown,
    setMessage: (message: string | null) => void,
    form: Parameters<typeof applyServerErrors>[0],
  ): void {
    const reason = linkFailure(error);
    if (reason) {
      this.failure.set(reason);
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 429) {
      setMessage(this.transloco.translate('respond.tooMany'));
      return;
    }
    setMessage(
      applyServerErrors(form, error, this.transloco.translate('respond.profile.saveFailed')),
    );
  }

  private options(kind: VocabularyKind) {
    return computed(() => {
      const lang = this.language.lang();
      return [...(this.vocabularies()?.[kind] ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((term) => ({ key: term.key, label: lang === 'de' ? term.labelDe : term.labelEn }));
    });
  }
}
