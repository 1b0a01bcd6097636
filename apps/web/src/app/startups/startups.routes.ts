import { Routes } from '@angular/router';
import { writerGuard } from '../core/auth/guards';

export const STARTUP_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.startups',
    loadComponent: () => import('./startup-list').then((m) => m.StartupList),
  },
  {
    path: 'new',
    title: 'titles.startupNew',
    canActivate: [writerGuard],
    loadComponent: () => import('./startup-form').then((m) => m.StartupFormPage),
  },
  {
    path: ':id',
    title: 'titles.startup',
    loadComponent: () => import('./startup-detail').then((m) => m.StartupDetail),
  },
  {
    path: ':id/edit',
    title: 'titles.startupEdit',
    canActivate: [writerGuard],
    loadComponent: () => import('./startup-form').then((m) => m.StartupFormPage),
  },
];
