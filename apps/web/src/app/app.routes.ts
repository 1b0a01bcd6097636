import { Routes } from '@angular/router';
import { adminGuard, authGuard, guestGuard } from './core/auth/guards';
import { Shell } from './core/shell/shell';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [guestGuard],
    loadComponent: () => import('./core/auth/sign-in').then((m) => m.SignIn),
  },
  {
    // The pages email links open: public, without the shell and its sign-in guard.
    path: 'respond',
    loadChildren: () => import('./respond/respond.routes').then((m) => m.RESPOND_ROUTES),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'startups',
        loadChildren: () => import('./startups/startups.routes').then((m) => m.STARTUP_ROUTES),
      },
      {
        path: 'mentors',
        loadChildren: () => import('./mentors/mentors.routes').then((m) => m.MENTOR_ROUTES),
      },
      {
        path: 'investors',
        loadChildren: () => import('./investors/investors.routes').then((m) => m.INVESTOR_ROUTES),
      },
      {
        path: 'programmes',
        loadChildren: () => import('./cohorts/programmes.routes').then((m) => m.PROGRAMME_ROUTES),
      },
      {
        path: 'cohorts',
        loadChildren: () => import('./cohorts/cohorts.routes').then((m) => m.COHORT_ROUTES),
      },
      {
        path: 'imports',
        loadChildren: () => import('./imports/imports.routes').then((m) => m.IMPORT_ROUTES),
      },
      {
        path: 'users',
        title: 'titles.users',
        canActivate: [adminGuard],
        loadComponent: () => import('./users/user-list').then((m) => m.UserList),
      },
      {
        path: 'vocabularies/regions',
        title: 'titles.regions',
        canActivate: [adminGuard],
        loadComponent: () => import('./vocabularies/region-admin').then((m) => m.RegionAdmin),
      },
      {
        path: 'mailbox',
        canActivate: [adminGuard],
        loadChildren: () => import('./mailbox/mailbox.routes').then((m) => m.MAILBOX_ROUTES),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('./core/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
