import { DateTimePipe } from '../core/formats/format-pipes';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ImportJob } from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { ImportsApi } from './imports-api';

/** The recent imports, newest first, with their state and what they wrote. */
@Component({
  selector: 'app-import-list',
  imports: [
    RouterLink,
    DateTimePipe,
    MatTableModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './import-list.html',
  styleUrl: './import-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportList {
  private readonly api = inject(ImportsApi);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  protected readonly columns = ['fileName', 'kind', 'status', 'counts', 'createdBy', 'createdAt'];
  protected readonly imports = signal<ImportJob[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.failed.set(false);
    this.api.list().subscribe({
      next: (imports) => {
        this.imports.set(imports);
        this.loading.set(false);
      },
      error: () => {
        this.failed.set(true);
        this.loading.set(false);
      },
    });
  }
}
