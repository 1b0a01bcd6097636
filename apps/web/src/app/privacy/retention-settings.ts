import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  MAX_PRIVACY_RETENTION_DAYS,
  RETENTION_KINDS,
  RetentionKind,
  RetentionOverview,
} from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { PrivacyApi } from './privacy-api';

type RetentionForm = FormGroup<Record<RetentionKind, FormControl<number | null>>>;

/**
 * The retention periods per kind of data (empty: kept until erased by hand), with what the next
 * daily run would remove under the saved settings.
 */
@Component({
  selector: 'app-retention-settings',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <form class="retention" [formGroup]="form" (ngSubmit)="save()" data-testid="retention-form">
      @for (kind of kinds; track kind) {
        <div class="row">
          <label class="kind" [for]="'retention-' + kind">{{
            'privacy.retention.kinds.' + kind | transloco
          }}</label>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'privacy.retention.daysLabel' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="1"
              [max]="max"
              [id]="'retention-' + kind"
              [formControlName]="kind"
              [attr.data-testid]="'retention-' + kind"
            />
            <mat-hint>{{ 'privacy.retention.hint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls[kind] | fieldError }}</mat-error>
          </mat-form-field>
          @if (overview(); as overview) {
            <span class="due" [attr.data-testid]="'retention-due-' + kind">
              {{ 'privacy.retention.due' | transloco: { count: overview.due[kind] } }}
            </span>
          }
        </div>
      }
      @if (error(); as error) {
        <p class="error" role="alert">{{ error }}</p>
      }
      <button mat-flat-button type="submit" data-testid="retention-save">
        {{ 'privacy.retention.save' | transloco }}
      </button>
      @if (saved()) {
        <span class="saved" role="status">{{ 'privacy.retention.saved' | transloco }}</span>
      }
    </form>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      margin-bottom: 12px;
    }
    .kind {
      flex: 0 1 320px;
      font-weight: 600;
    }
    mat-form-field {
      width: 240px;
      max-width: 100%;
    }
    .due {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .saved {
      margin-left: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionSettings {
  private readonly api = inject(PrivacyApi);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kinds = RETENTION_KINDS;
  protected readonly max = MAX_PRIVACY_RETENTION_DAYS;
  protected readonly form: RetentionForm = new FormGroup(
    Object.fromEntries(
      RETENTION_KINDS.map((kind) => [
        kind,
        new FormControl<number | null>(null, [
          Validators.min(1),
          Validators.max(MAX_PRIVACY_RETENTION_DAYS),
        ]),
      ]),
    ) as Record<RetentionKind, FormControl<number | null>>,
  );
  protected readonly overview = signal<RetentionOverview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    this.api
      .retention()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (overview) => this.show(overview), error: () => undefined });
  }

  protected save(): void {
    this.saved.set(false);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const settings = RETENTION_KINDS.map((kind) => {
      const value = this.form.controls[kind].value;
      return { kind, days: value === null || String(value) === '' ? null : Number(value) };
    });
    this.api
      .updateRetention({ settings })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (overview) => {
          this.show(overview);
          this.saved.set(true);
        },
        error: (error: unknown) =>
          this.error.set(
            applyServerErrors(
              this.form,
              error,
              this.transloco.translate('privacy.errors.retention'),
            ),
          ),
      });
  }

  private show(overview: RetentionOverview): void {
    this.error.set(null);
    this.overview.set(overview);
    for (const setting of overview.settings) {
      this.form.controls[setting.kind].setValue(setting.days);
    }
  }
}
