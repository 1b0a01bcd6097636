import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session';
import type { RecordType } from './record-table';

/**
 * A record's detail page around its content: the way back to the list, the loading, not-found
 * and failed states, and — once the record is there (`title` set) — the header with its name,
 * status pill and the actions for writers. The page projects its subtitle (`[recordSubtitle]`),
 * its actions (`[recordActions]`, one element) and its sections (the rest, the timeline among
 * them). Each slot's content must be one element (or one `@if` block with one root element).
 */
@Component({
  selector: 'app-record-detail-frame',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './record-detail-frame.scss',
  template: `
    <section class="page">
      <a class="back" mat-button [routerLink]="'/' + list()">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ list() + '.backToList' | transloco }}
      </a>

      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      } @else if (notFound()) {
        <p class="message" role="alert">{{ list() + '.notFound' | transloco }}</p>
      } @else if (failed()) {
        <p class="message form-error" role="alert">{{ 'errors.generic' | transloco }}</p>
      }

      @if (title() !== null) {
        <header class="page-header detail-header">
          <div class="title">
            <h1>{{ title() }}</h1>
            <ng-content select="[recordSubtitle]" />
          </div>
          <span class="status" [class.muted]="statusMuted()" [attr.data-testid]="statusTestId()">
            {{ statusLabel() }}
          </span>
          @if (session.canWrite()) {
            <ng-content select="[recordActions]" />
          }
        </header>
      }

      <ng-content />
    </section>
  `,
})
export class RecordDetailFrame {
  protected readonly session = inject(SessionStore);

  readonly type = input.required<RecordType>();
  readonly loading = input.required<boolean>();
  readonly notFound = input.required<boolean>();
  readonly failed = input.required<boolean>();
  /** The record's name; null until it has loaded (the header is hidden until then). */
  readonly title = input.required<string | null>();
  readonly statusLabel = input<string>('');
  /** A status that is no longer live (archived, inactive) is drawn muted. */
  readonly statusMuted = input(false);
  readonly statusTestId = input.required<string>();

  protected readonly list = computed(() => `${this.type()}s`);
}
