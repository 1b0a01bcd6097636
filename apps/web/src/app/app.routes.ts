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
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'startups' },
      {
        path: 'startups',
        loadChildren: () => import('./startups/startups.routes').then((m) => m.STARTUP_ROUTES),
      },
      {
        path: 'users',
        title: 'titles.users',
        canActivate: [adminGuard],
        loadComponent: () => import('./users/user-list').then((m) => m.UserList),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('./core/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
