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
    path: ':id/matching/:runId',
    title: 'matching.titles.run',
    loadComponent: () => import('../matching/matching-run-view').then((m) => m.MatchingRunView),
  },
];
