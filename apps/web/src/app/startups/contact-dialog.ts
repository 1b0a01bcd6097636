import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CONTACT_FIELDS, FieldRule, StartupContact, StartupContactInput } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { fieldRule } from '../core/forms/field-rule';
import { applyServerErrors } from '../core/http/api-errors';
import { StartupsApi } from './startups-api';

export interface ContactDialogData {
  startupId: string;
  /** The contact to edit; absent to add one. */
  contact?: StartupContact;
}

/** A text control checked by its field's rule in CONTACT_FIELDS, as the API and the import check it. */
const text = (rule: FieldRule, value: string | null | undefined) =>
  new FormControl(value ?? '', { nonNullable: true, validators: [fieldRule(rule)] });

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Adds or edits a founder or contact; closes with the saved contact, or nothing when cancelled. */
@Component({
  selector: 'app-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.contact ? 'startups.contacts.editTitle' : 'startups.contacts.addTitle') | transloco
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
        @if (error(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'startups.contacts.fullName' | transloco }}</mat-label>
          <input
            matInput
            name="fullName"
            formControlName="fullName"
            required
            autocomplete="off"
            data-testid="contact-fullName"
          />
          <mat-error>{{ form.controls.fullName | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'startups.contacts.email' | transloco }}</mat-label>
          <input
            matInput
            type="email"
            name="email"
            formControlName="email"
            required
            autocomplete="off"
            data-testid="contact-email"
          />
          <mat-error data-testid="contact-email-error">{{
            form.controls.email | fieldError
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'startups.contacts.role' | transloco }}</mat-label>
          <input matInput name="role" formControlName="role" data-testid="contact-role" />
          <mat-hint>{{ 'startups.contacts.roleHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.role | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'startups.contacts.phone' | transloco }}</mat-label>
          <input
            matInput
            type="tel"
            name="phone"
            formControlName="phone"
            autocomplete="off"
            data-testid="contact-phone"
          />
          <mat-error>{{ form.controls.phone | fieldError }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="isFounder" data-testid="contact-isFounder">
          {{ 'startups.contacts.isFounder' | transloco }}
        </mat-checkbox>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" data-testid="save-contact" [disabled]="saving()">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      min-width: min(420px, 75vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDialog {
  private readonly api = inject(StartupsApi);
  private readonly dialogRef = inject<MatDialogRef<ContactDialog, StartupContact>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    fullName: text(CONTACT_FIELDS.fullName, this.data.contact?.fullName),
    email: text(CONTACT_FIELDS.email, this.data.contact?.email),
    role: text(CONTACT_FIELDS.role, this.data.contact?.role),
    phone: text(CONTACT_FIELDS.phone, this.data.contact?.phone),
    isFounder: new FormControl(this.data.contact?.isFounder ?? true, { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const input: StartupContactInput = {
      fullName: value.fullName.trim(),
      email: value.email.trim(),
      role: textOrNull(value.role),
      phone: textOrNull(value.phone),
      isFounder: value.isFounder,
    };
    const { startupId, contact } = this.data;
    const request = contact
      ? this.api.updateContact(startupId, contact.id, input)
      : this.api.addContact(startupId, input);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        // A 409 names `email`: it shows beside the field.
        this.error.set(
          applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
        );
      },
    });
  }
}
