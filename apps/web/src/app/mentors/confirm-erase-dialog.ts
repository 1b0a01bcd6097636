import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/** What the dialog asks about: the record's name and the translation keys of its texts. */
export interface ConfirmEraseData {
  name: string;
  titleKey: string;
  textKey: string;
  confirmKey: string;
}

/**
 * Asks before an erasure (admins only): it cannot be undone, unlike archiving. Closes with
 * `true` when confirmed.
 */
@Component({
  selector: 'app-confirm-erase-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: { name: data.name } }}</h2>
    <mat-dialog-content>
      <p>{{ data.textKey | transloco: { name: data.name } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        class="danger"
        data-testid="confirm-erase"
        [mat-dialog-close]="true"
      >
        {{ data.confirmKey | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEraseDialog {
  protected readonly data = inject<ConfirmEraseData>(MAT_DIALOG_DATA);
}
