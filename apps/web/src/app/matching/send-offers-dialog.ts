import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchingKind, SendOffersPreview } from '@kohorte/contracts';
import { MatchingApi } from './matching-api';

export interface SendOffersData {
  runId: string;
  kind: MatchingKind;
}

/**
 * "Send offers (n)" asks first: how many emails go to whom, and the first one as its mentor will
 * read it (in the mentor's language, the links shown as [link]). Closes with `true` to send.
 */
@Component({
  selector: 'app-send-offers-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './send-offers-dialog.html',
  styleUrl: './send-offers-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendOffersDialog {
  protected readonly data = inject<SendOffersData>(MAT_DIALOG_DATA);
  protected readonly preview = signal<SendOffersPreview | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(MatchingApi)
      .sendPreview(this.data.runId)
      .subscribe({
        next: (preview) => this.preview.set(preview),
        error: () => this.failed.set(true),
      });
  }
}
