import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Call } from '@kohorte/contracts';
import { ApplicationsApi } from '../applications/applications-api';
import { LanguageService } from '../core/i18n/language';
import { AssignmentPanel } from './assignment-panel';
import { RankingPanel } from './ranking-panel';
import { ReviewerPanel } from './reviewer-panel';
import { RubricEditor } from './rubric-editor';

/**
 * `/cohorts/:id/call/reviews`: the review round of the cohort's call — reviewers and their
 * progress, the rubric, the assignment, and the calibrated ranking the committee decides from.
 * Each tab loads when opened, so it shows what the others changed.
 */
@Component({
  selector: 'app-call-reviews',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    TranslocoPipe,
    ReviewerPanel,
    RubricEditor,
    AssignmentPanel,
    RankingPanel,
  ],
  template: `
    <section class="page wide">
      <a class="back" mat-button [routerLink]="['/cohorts', id(), 'call']">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'reviews.page.backToCall' | transloco }}
      </a>
      @if (failed()) {
        <p class="form-error" role="alert">{{ 'errors.generic' | transloco }}</p>
      } @else if (missing()) {
        <p>{{ 'applications.call.none' | transloco }}</p>
      }
      @if (call(); as c) {
        <header class="page-header">
          <div class="title">
            <h1 data-testid="reviews-title">
              {{ 'reviews.titles.reviewsOf' | transloco: { call: c.title[language.lang()] } }}
            </h1>
            <p class="muted">{{ c.cohortName }}</p>
          </div>
        </header>
        <mat-tab-group
          mat-stretch-tabs="false"
          [selectedIndex]="tab()"
          (selectedIndexChange)="tab.set($event)"
        >
          <mat-tab [label]="'reviews.tabs.reviewers' | transloco">
            <ng-template matTabContent>
              <app-reviewer-panel [callId]="c.id" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'reviews.tabs.rubric' | transloco">
            <ng-template matTabContent>
              <app-rubric-editor [callId]="c.id" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'reviews.tabs.assignment' | transloco">
            <ng-template matTabContent>
              <app-assignment-panel [callId]="c.id" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'reviews.tabs.ranking' | transloco">
            <ng-template matTabContent>
              <app-ranking-panel [callId]="c.id" />
            </ng-template>
          </mat-tab>
        </mat-tab-group>
      }
    </section>
  `,
  styleUrl: './call-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallReviews implements OnInit {
  private readonly api = inject(ApplicationsApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the cohort. */
  readonly id = input.required<string>();

  protected readonly call = signal<Call | null>(null);
  protected readonly missing = signal(false);
  protected readonly failed = signal(false);
  protected readonly tab = signal(0);

  ngOnInit(): void {
    this.api.callOf(this.id()).subscribe({
      next: (call) => this.call.set(call),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 404) this.missing.set(true);
        else this.failed.set(true);
      },
    });
  }
}
