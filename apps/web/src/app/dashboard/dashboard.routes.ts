import { Routes } from '@angular/router';
import { DashboardPage } from './dashboard';

export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'dashboard.title',
    // With the routes, not after them: one round trip less before the dashboard asks for its data.
    component: DashboardPage,
  },
];
