import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  Signal,
  signal,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ApiErrorBody,
  IMPORT_FIELDS,
  ImportJob,
  ImportValue,
  VOCABULARY_KINDS,
  VocabularyKind,
  VocabularyTerm,
} from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { TermOption, VocabularyStore } from '../core/vocabularies/vocabularies';
import { ImportsApi } from './imports-api';
import { NewTermData, NewTermDialog } from './new-term-dialog';

interface ValueRow {
  value: ImportValue;
  /** The record fields' labels, in the UI language. */
  fields: Signal<string>;
  options: Signal<TermOption[]>;
  /** The vocabulary a new term may be added to (admins); null for a field's fixed choices. */
  vocabulary: VocabularyKind | null;
  control: FormControl<string | null>;
}

/**
 * The values of vocabulary and choice columns that no key or label names, each once with its
 * rows: the manager says what each means (the suggestion is preselected) or leaves it, which
 * rejects its rows. Saving remembers the mappings for later imports and runs the dry run again.
 */
@Component({
  selector: 'app-import-values',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './import-values.html',
  styleUrl: './import-values.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportValues {
  private readonly api = inject(ImportsApi);
  private readonly vocabularies = inject(VocabularyStore);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);

  readonly job = input.required<ImportJob>();
  readonly canWrite = input(false);
  /** Admins may add a value as a new term of its vocabulary. */
  readonly canEditVocabularies = input(false);
  /** The import, its dry run running again with the mappings. */
  readonly saved = output<ImportJob>();

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  // Labels and options are signals of their own, so that a language switch or a reloaded
  // vocabulary does not make new controls and lose what the manager picked.
  protected readonly rows = computed<ValueRow[]>(() => {
    const job = this.job();
    const canWrite = this.canWrite();
    return job.values.map((value) => ({
      value,
      fields: computed(() => value.fields.map((key) => this.fieldLabel(job, key)).join(', ')),
      options: this.options(job, value.domain),
      vocabulary: this.vocabularyOf(value.domain),
      control: new FormControl<string | null>({
        value: value.key ?? value.suggestion,
        disabled: !canWrite,
      }),
    }));
  });
  protected readonly open = computed(() => this.rows().filter((row) => row.value.key === null));

  constructor() {
    effect(() => {
      if (this.job().values.some((value) => VOCABULARY_KINDS.includes(value.domain as never))) {
        this.vocabularies.ensureLoaded();
      }
    });
  }

  protected save(): void {
    const values = this.rows().map((row) => ({
      domain: row.value.domain,
      value: row.value.value,
      key: row.control.value,
    }));
    this.saving.set(true);
    this.error.set(null);
    this.api.setValues(this.job().id, { values }).subscribe({
      next: (job) => {
        this.saving.set(false);
        this.saved.emit(job);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const body = error instanceof HttpErrorResponse ? (error.error as ApiErrorBody) : null;
        const messages = body?.errors?.flatMap((e) => e.messages) ?? [];
        this.error.set(
          messages.length > 0 ? messages.join(' ') : this.transloco.translate('errors.generic'),
        );
      },
    });
  }

  protected addTerm(row: ValueRow): void {
    if (!row.vocabulary) return;
    const data: NewTermData = { kind: row.vocabulary, value: row.value.value };
    this.dialog
      .open<NewTermDialog, NewTermData, VocabularyTerm>(NewTermDialog, { data, width: '32rem' })
      .afterClosed()
      .subscribe((term) => {
        if (term) row.control.setValue(term.key);
      });
  }

  private vocabularyOf(domain: string): VocabularyKind | null {
    return VOCABULARY_KINDS.includes(domain as VocabularyKind) ? (domain as VocabularyKind) : null;
  }

  private fieldLabel(job: ImportJob, key: string): string {
    const field = IMPORT_FIELDS[job.kind].find((f) => f.key === key);
    if (!field) return key;
    return this.language.lang() === 'de' ? field.labelDe : field.labelEn;
  }

  /** The list's terms: a vocabulary's (in the UI language), or a field's fixed choices. */
  private options(job: ImportJob, domain: string): Signal<TermOption[]> {
    if (!domain.includes('.')) return this.vocabularies.options(domain as VocabularyKind);
    const fieldKey = domain.slice(domain.indexOf('.') + 1);
    const field = IMPORT_FIELDS[job.kind].find((f) => f.key === fieldKey);
    return computed(() => {
      const de = this.language.lang() === 'de';
      return (field?.choices ?? []).map((c) => ({ key: c.key, label: de ? c.labelDe : c.labelEn }));
    });
  }
}
