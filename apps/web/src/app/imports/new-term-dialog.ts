import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AbstractControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SaveVocabularyTermRequest, VocabularyKind, VocabularyTerm } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { createRegionForm, LABEL_MAX, toSaveRequest } from '../vocabularies/region-form-model';
import { termKeyFrom } from '../vocabularies/term-key';
import { VocabulariesApi } from '../vocabularies/vocabularies-api';

export interface NewTermData {
  kind: VocabularyKind;
  /** The file's value the new term is for; it fills the key and both labels to start with. */
  value: string;
}

/**
 * An admin's "add to the list" from an import's unknown value: a new term of the vocabulary with
 * its key and German and English labels (and, for a region, where it lies). Closes with the saved
 * term, which the import then maps the value onto.
 */
@Component({
  selector: 'app-new-term-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './new-term-dialog.html',
  styles:
    '.new-term { display: flex; flex-direction: column; gap: 4px; min-width: min(28rem, 80vw); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewTermDialog {
  private readonly api = inject(VocabulariesApi);
  private readonly vocab = inject(VocabularyStore);
  private readonly transloco = inject(TranslocoService);
  private readonly dialogRef = inject<MatDialogRef<NewTermDialog, VocabularyTerm>>(MatDialogRef);
  protected readonly data = inject<NewTermData>(MAT_DIALOG_DATA);

  protected readonly form = createRegionForm();
  protected readonly labelMax = LABEL_MAX;
  protected readonly isRegion = this.data.kind === 'regions';
  protected readonly regions = this.vocab.regions;
  protected readonly kindLabel = computed(() =>
    this.transloco.translate(`imports.values.newTerm.kinds.${this.data.kind}`),
  );
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // The PUT creates or changes: a key already taken would rename that term, so refuse it here.
    this.form.controls.key.addValidators((control: AbstractControl): ValidationErrors | null =>
      this.vocab.term(this.data.kind, control.value as string) ? { taken: true } : null,
    );
    const value = this.data.value.trim();
    this.form.reset({ key: termKeyFrom(value), labelDe: value, labelEn: value, parent: null });
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request: SaveVocabularyTermRequest = toSaveRequest(this.form);
    if (!this.isRegion) delete request.parent;
    this.saving.set(true);
    this.error.set(null);
    this.api.save(this.data.kind, this.form.getRawValue().key, request).subscribe({
      next: (term) => {
        this.vocab.reload();
        this.dialogRef.close(term);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyServerErrors(this.form, err, this.transloco.translate('errors.generic')),
        );
      },
    });
  }
}
