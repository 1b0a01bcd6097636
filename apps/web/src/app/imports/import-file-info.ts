import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { IMPORT_ENCODINGS, ImportDetail, ImportEncoding } from '@kohorte/contracts';

/** How the file is to be read again: another encoding (text) or worksheet (xlsx). */
export type ReadAgain = { encoding: ImportEncoding } | { sheet: string };

/**
 * How the uploaded file was read — its encoding or worksheet, its separator, its rows — and its
 * first rows as read, so that a wrong encoding (broken umlauts) shows before anything runs. The
 * manager may read it with another encoding or worksheet.
 */
@Component({
  selector: 'app-import-file-info',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  templateUrl: './import-file-info.html',
  styleUrl: './import-file-info.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFileInfo {
  readonly job = input.required<ImportDetail>();
  /** Whether the file is still at hand to be read again (it is not after a reload). */
  readonly canReadAgain = input(false);
  readonly readAgain = output<ReadAgain>();

  protected readonly encodings = IMPORT_ENCODINGS;
  protected readonly delimiterKey = computed(() => {
    const delimiter = this.job().delimiter;
    return delimiter === ';' ? 'semicolon' : delimiter === ',' ? 'comma' : 'tab';
  });

  protected chooseEncoding(encoding: ImportEncoding): void {
    if (encoding !== this.job().encoding) this.readAgain.emit({ encoding });
  }

  protected chooseSheet(sheet: string): void {
    if (sheet !== this.job().sheet) this.readAgain.emit({ sheet });
  }
}
