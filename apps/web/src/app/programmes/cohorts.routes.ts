import { Routes } from '@angular/router';

export const COHORT_ROUTES: Routes = [
  {
    path: '',
    title: 'cohorts.titles.cohorts',
    loadComponent: () => import('./cohort-list').then((m) => m.CohortList),
  },
  {
    path: ':id',
    title: 'cohorts.titles.cohort',
    loadComponent: () => import('./cohort-detail').then((m) => m.CohortDetail),
  },
  {
    path: ':id/call',
    title: 'applications.titles.call',
    loadComponent: () => import('../applications/call-page').then((m) => m.CallPage),
  },
  {
    path: ':id/call/reviews',
    title: 'reviews.titles.reviews',
    loadComponent: () => import('../reviews/call-reviews').then((m) => m.CallReviews),
  },
  {
    path: ':id/call/edit',
    title: 'applications.titles.callEdit',
    loadComponent: () => import('../applications/call-editor').then((m) => m.CallEditor),
  },
  {
    path: ':id/matching/:runId',
    title: 'matching.titles.run',
    loadComponent: () => import('../matching/matching-run-view').then((m) => m.MatchingRunView),
  },
];
