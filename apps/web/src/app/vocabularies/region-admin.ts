import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { UnmappedRegion } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { RegionOption } from '../core/vocabularies/region-options';
import { createRegionForm, LABEL_MAX, parentChoices, toSaveRequest } from './region-form-model';
import { VocabulariesApi } from './vocabularies-api';

/** A region kept as text, with the keys an admin picks for it. */
interface UnmappedRow extends UnmappedRegion {
  keys: FormControl<string[]>;
}

/**
 * `/vocabularies/regions` (admins only): the region tree with its labels and parents, and the
 * regions kept as text from before regions were a vocabulary, to map onto regions of the tree.
 */
@Component({
  selector: 'app-region-admin',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './region-admin.html',
  styleUrl: './region-admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionAdmin implements OnInit {
  private readonly api = inject(VocabulariesApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly vocab = inject(VocabularyStore);

  protected readonly regions = this.vocab.regions;
  protected readonly form = createRegionForm();
  protected readonly labelMax = LABEL_MAX;
  /** The key of the region being edited; null while adding one. */
  protected readonly editing = signal<string | null>(null);
  protected readonly parents = computed(() => parentChoices(this.regions(), this.editing()));
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly unmapped = signal<UnmappedRow[]>([]);

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.loadUnmapped();
  }

  protected edit(option: RegionOption): void {
    const term = this.vocab.term('regions', option.key);
    if (!term) return;
    this.editing.set(term.key);
    this.form.reset({
      key: term.key,
      labelDe: term.labelDe,
      labelEn: term.labelEn,
      parent: term.parent,
    });
    this.form.controls.key.disable();
    this.error.set(null);
  }

  protected startNew(): void {
    this.editing.set(null);
    this.form.reset({ key: '', labelDe: '', labelEn: '', parent: null });
    this.form.controls.key.enable();
    this.error.set(null);
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const key = this.form.getRawValue().key;
    this.saving.set(true);
    this.api.save('regions', key, toSaveRequest(this.form)).subscribe({
      next: () => {
        this.saving.set(false);
        this.vocab.reload();
        this.snackBar.open(this.transloco.translate('vocabularies.regions.saved'), undefined, {
          duration: 4000,
        });
        this.startNew();
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyServerErrors(this.form, err, this.transloco.translate('vocabularies.saveFailed')),
        );
      },
    });
  }

  protected map(row: UnmappedRow): void {
    this.api.mapUnmappedRegion({ text: row.text, keys: row.keys.value }).subscribe({
      next: ({ investors }) => {
        this.snackBar.open(
          this.transloco.translate('vocabularies.unmapped.mapped', { text: row.text, investors }),
          undefined,
          { duration: 4000 },
        );
        this.loadUnmapped();
      },
      error: () =>
        this.snackBar.open(this.transloco.translate('vocabularies.saveFailed'), undefined, {
          duration: 6000,
        }),
    });
  }

  private loadUnmapped(): void {
    this.api.unmappedRegions().subscribe({
      next: (rows) =>
        this.unmapped.set(
          rows.map((row) => ({
            ...row,
            keys: new FormControl<string[]>([], { nonNullable: true }),
          })),
        ),
      error: () => this.unmapped.set([]),
    });
  }
}
