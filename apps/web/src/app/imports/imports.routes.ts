import { Routes } from '@angular/router';
import { writerGuard } from '../core/auth/guards';

export const IMPORT_ROUTES: Routes = [
  {
    path: '',
    title: 'imports.titles.list',
    loadComponent: () => import('./import-list').then((m) => m.ImportList),
  },
  {
    path: 'new',
    title: 'imports.titles.new',
    canActivate: [writerGuard],
    loadComponent: () => import('./import-wizard').then((m) => m.ImportWizard),
  },
  {
    path: ':id',
    title: 'imports.titles.import',
    loadComponent: () => import('./import-wizard').then((m) => m.ImportWizard),
  },
];
