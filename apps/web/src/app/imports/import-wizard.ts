import { Location } from '@angular/common';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  InjectionToken,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { StepperSelectionEvent } from '@angular/cdk/stepper';
import { HttpErrorResponse } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ApiErrorBody,
  formatReason,
  IMPORT_BUSY_STATUSES,
  IMPORT_KINDS,
  ImportDetail,
  ImportJob,
  ImportKind,
} from '@kohorte/contracts';
import { Observable, Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { ImportFileInfo, ReadAgain } from './import-file-info';
import { ImportMapping } from './import-mapping';
import { ImportReview } from './import-review';
import { ImportValues } from './import-values';
import { ImportsApi } from './imports-api';

/** How often a running dry run or apply is asked for its progress (ms); tests shorten it. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', {
  factory: () => 1000,
});

/** The wizard's steps, in order. */
export const STEPS = ['upload', 'mapping', 'dryRun', 'review', 'done'] as const;

/**
 * An import, step by step: upload (CSV in any encoding, or xlsx) → how it was read and the mapping
 * → dry run (a job; progress polled) → the unknown values and the verdicts → apply (a job) → done. The import's status decides the step, so a reload or a link
 * to `/imports/:id` opens it where it stands.
 */
@Component({
  selector: 'app-import-wizard',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatStepperModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ImportFileInfo,
    ImportMapping,
    ImportReview,
    ImportValues,
  ],
  templateUrl: './import-wizard.html',
  styleUrl: './import-wizard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportWizard {
  private readonly api = inject(ImportsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly location = inject(Location);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  protected readonly session = inject(SessionStore);

  private readonly stepper = viewChild(MatStepper);
  protected readonly kinds = IMPORT_KINDS;
  protected readonly uploadForm = new FormGroup({
    kind: new FormControl<ImportKind>('startups', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly file = signal<File | null>(null);
  protected readonly job = signal<ImportDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly working = signal(false);
  /** The person confirmed; until the job claims the import, it still reads `validated`. */
  private readonly applyRequested = signal(false);
  /** Back at the mapping after a dry run, to change it. */
  protected readonly editingMapping = signal(false);
  private polling?: Subscription;

  protected readonly step = computed(() => {
    const job = this.job();
    if (!job) return 0;
    if (job.status === 'uploaded' || this.editingMapping()) return 1;
    if (job.status === 'validating') return 2;
    if (job.status === 'validated' && !this.applyRequested()) return 3;
    if (job.status === 'failed') return 3;
    return 4;
  });
  protected readonly applying = computed(
    () =>
      this.job()?.status === 'applying' ||
      (this.applyRequested() && this.job()?.status === 'validated'),
  );
  protected readonly canApply = computed(() => {
    const job = this.job();
    return !!job && job.status === 'validated' && job.counts.create + job.counts.update > 0;
  });
  protected readonly listLink = computed(() => `/${this.job()?.kind ?? 'imports'}`);

  constructor() {
    const id = this.route.snapshot.paramMap.get('id');
    if (id) this.load(id);
    // The stepper follows the import's status. After rendering, so that the steps before it
    // already count as completed (a linear stepper refuses to skip incomplete steps).
    afterRenderEffect({
      write: () => {
        const stepper = this.stepper();
        const index = this.step();
        if (stepper && stepper.selectedIndex !== index) stepper.selectedIndex = index;
      },
    });
    this.destroyRef.onDestroy(() => this.polling?.unsubscribe());
  }

  protected onFile(files: FileList | null): void {
    this.file.set(files?.item(0) ?? null);
    this.uploadError.set(null);
  }

  protected upload(): void {
    const file = this.file();
    const { kind } = this.uploadForm.getRawValue();
    if (!file) return;
    this.uploading.set(true);
    this.uploadError.set(null);
    this.api.upload(kind, file).subscribe({
      next: (job) => {
        this.uploading.set(false);
        this.show(job);
        // A reload opens this import where it stands.
        this.location.replaceState(`/imports/${job.id}`);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.uploadError.set(this.messageOf(error));
      },
    });
  }

  /** Reads the uploaded file again with another encoding or worksheet: a new import replaces it. */
  protected readAgain(read: ReadAgain): void {
    const file = this.file();
    const current = this.job();
    if (!file || !current) return;
    this.uploading.set(true);
    this.uploadError.set(null);
    this.api.upload(current.kind, file, read).subscribe({
      next: (job) => {
        this.uploading.set(false);
        // The first reading is dropped; a failure to drop it leaves it in the list, unapplied.
        this.api.discard(current.id).subscribe({ error: () => undefined });
        this.show(job);
        this.location.replaceState(`/imports/${job.id}`);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.uploadError.set(this.messageOf(error));
      },
    });
  }

  protected onMappingSaved(job: ImportJob): void {
    this.editingMapping.set(false);
    this.show({ ...this.job()!, ...job });
  }

  /**
   * A step header was clicked. The mapping's, after a dry run, goes back to change the mapping;
   * any other step than the import's own is refused (the stepper jumps back).
   */
  protected onStepSelected(event: StepperSelectionEvent): void {
    if (event.selectedIndex === this.step()) return;
    const job = this.job();
    if (event.selectedIndex === 1 && job?.status === 'validated' && !this.applyRequested()) {
      this.editingMapping.set(true);
      return;
    }
    queueMicrotask(() => {
      const stepper = this.stepper();
      if (stepper) stepper.selectedIndex = this.step();
    });
  }

  /** Runs the dry run again with the saved mapping (after a failure, or records changed). */
  protected rerun(): void {
    const job = this.job();
    if (!job) return;
    const settings = {
      mapping: job.mapping,
      locale: job.locale,
      ...(job.kind === 'startups'
        ? { cohortId: job.cohortId, membershipStatus: job.membershipStatus ?? undefined }
        : {}),
    };
    this.run(this.api.setMapping(job.id, settings), (updated) => this.show({ ...job, ...updated }));
  }

  protected apply(): void {
    const job = this.job();
    if (!job) return;
    this.applyRequested.set(true);
    this.run(
      this.api.apply(job.id),
      (updated) => this.show({ ...job, ...updated }),
      () => this.applyRequested.set(false),
    );
  }

  protected discard(): void {
    const job = this.job();
    if (!job) return;
    this.run(this.api.discard(job.id), () => this.show({ ...job, status: 'discarded' }));
  }

  private run<T>(request: Observable<T>, next: (value: T) => void, failed?: () => void): void {
    this.working.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: (value) => {
        this.working.set(false);
        next(value);
      },
      error: (error: unknown) => {
        this.working.set(false);
        failed?.();
        this.actionError.set(this.messageOf(error));
      },
    });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (job) => {
        this.loading.set(false);
        this.show(job);
      },
      error: () => {
        this.loading.set(false);
        this.notFound.set(true);
      },
    });
  }

  /** Shows the import, and polls it while a job works on it (or is about to). */
  private show(job: ImportDetail): void {
    this.job.set(job);
    if (job.status === 'done' || job.status === 'failed') this.applyRequested.set(false);
    if (this.isBusy(job) && !this.polling) this.poll(job.id);
  }

  private isBusy(job: ImportJob): boolean {
    return (
      IMPORT_BUSY_STATUSES.includes(job.status) ||
      (this.applyRequested() && job.status === 'validated')
    );
  }

  private poll(id: string): void {
    this.polling = timer(this.pollMs, this.pollMs)
      .pipe(
        switchMap(() => this.api.get(id)),
        takeWhile((job) => this.isBusy(job), true),
      )
      .subscribe({
        next: (job) => this.show(job),
        complete: () => (this.polling = undefined),
        error: () => (this.polling = undefined),
      });
  }

  /**
   * The API's words for a failure: its field errors (a coded reason in the page's language), else
   * its message, else a generic text.
   */
  private messageOf(error: unknown): string {
    const body = error instanceof HttpErrorResponse ? (error.error as ApiErrorBody | null) : null;
    const lang = this.transloco.getActiveLang() === 'de' ? 'de' : 'en';
    const fieldMessages =
      body?.errors?.flatMap((e) =>
        e.code ? [formatReason(e.code, e.params, lang)] : e.messages,
      ) ?? [];
    if (fieldMessages.length > 0 && body?.statusCode !== 409) return fieldMessages.join(' ');
    if (typeof body?.message === 'string' && body.message) return body.message;
    return this.transloco.translate('errors.generic');
  }
}
