import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecordType } from './record-table';

/**
 * A record's create/edit page around its form: the way back, the title, "not found" for an edit
 * of a record that does not exist, and the progress bar while loading or saving. The page
 * projects its form (inside `@if (!notFound())`), with its fieldsets and actions.
 */
@Component({
  selector: 'app-record-form-frame',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './record-form.scss',
  template: `
    <section class="page form-page">
      <header class="page-header">
        <a
          mat-icon-button
          [routerLink]="cancelLink()"
          [attr.aria-label]="'common.back' | transloco"
        >
          <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        </a>
        <h1>{{ title() }}</h1>
      </header>

      @if (notFound()) {
        <p class="muted" role="alert">{{ list() + '.notFound' | transloco }}</p>
        <a mat-stroked-button [routerLink]="'/' + list()">{{
          list() + '.backToList' | transloco
        }}</a>
      } @else if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      <ng-content />
    </section>
  `,
})
export class RecordFormFrame {
  readonly type = input.required<RecordType>();
  readonly title = input.required<string>();
  /** Where "back" (and the form's Cancel) leads. */
  readonly cancelLink = input.required<string | readonly string[]>();
  readonly notFound = input.required<boolean>();
  /** Loading the record or saving it. */
  readonly busy = input.required<boolean>();

  protected readonly list = computed(() => `${this.type()}s`);
}
