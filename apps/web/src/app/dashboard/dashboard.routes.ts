import { Routes } from '@angular/router';

export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'dashboard.title',
    loadComponent: () => import('./dashboard').then((m) => m.DashboardPage),
  },
];
