import { Routes } from '@angular/router';

export const PROGRAMME_ROUTES: Routes = [
  {
    path: '',
    title: 'cohorts.titles.programmes',
    loadComponent: () => import('./programme-list').then((m) => m.ProgrammeList),
  },
  {
    path: ':id',
    title: 'cohorts.titles.programme',
    loadComponent: () => import('./programme-detail').then((m) => m.ProgrammeDetail),
  },
];
