import { Routes } from '@angular/router';
import { adminGuard, authGuard, guestGuard } from './core/auth/guards';
import { Shell } from './core/shell/shell';
import { textsReady } from './core/i18n/texts-ready';
import { withTexts } from './core/i18n/translation-features';
import { SECTION_TEXTS } from './section-texts';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [textsReady, guestGuard],
    loadComponent: withTexts(SECTION_TEXTS.signIn, () =>
      import('./core/auth/sign-in').then((m) => m.SignIn),
    ),
  },
  {
    // The pages email links open: public, without the shell and its sign-in guard.
    path: 'respond',
    canActivate: [textsReady],
    loadChildren: withTexts(SECTION_TEXTS.respond, () =>
      import('./respond/respond.routes').then((m) => m.RESPOND_ROUTES),
    ),
  },
  {
    // A call's public page: no account, in the frame of the link pages.
    path: 'apply',
    canActivate: [textsReady],
    loadChildren: withTexts(SECTION_TEXTS.apply, () =>
      import('./applications/apply.routes').then((m) => m.APPLY_ROUTES),
    ),
  },
  {
    path: '',
    component: Shell,
    canActivate: [textsReady, authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        loadChildren: withTexts(SECTION_TEXTS.dashboard, () =>
          import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
        ),
      },
      {
        path: 'startups',
        loadChildren: withTexts(SECTION_TEXTS.startups, () =>
          import('./startups/startups.routes').then((m) => m.STARTUP_ROUTES),
        ),
      },
      {
        path: 'mentors',
        loadChildren: withTexts(SECTION_TEXTS.mentors, () =>
          import('./mentors/mentors.routes').then((m) => m.MENTOR_ROUTES),
        ),
      },
      {
        path: 'investors',
        loadChildren: withTexts(SECTION_TEXTS.investors, () =>
          import('./investors/investors.routes').then((m) => m.INVESTOR_ROUTES),
        ),
      },
      {
        path: 'programmes',
        loadChildren: withTexts(SECTION_TEXTS.programmes, () =>
          import('./programmes/programmes.routes').then((m) => m.PROGRAMME_ROUTES),
        ),
      },
      {
        path: 'cohorts',
        loadChildren: withTexts(SECTION_TEXTS.cohorts, () =>
          import('./programmes/cohorts.routes').then((m) => m.COHORT_ROUTES),
        ),
      },
      {
        path: 'applications/:id',
        title: 'applications.titles.application',
        loadComponent: withTexts(SECTION_TEXTS.applications, () =>
          import('./applications/application-detail').then((m) => m.ApplicationDetailPage),
        ),
      },
      {
        path: 'imports',
        loadChildren: withTexts(SECTION_TEXTS.imports, () =>
          import('./imports/imports.routes').then((m) => m.IMPORT_ROUTES),
        ),
      },
      {
        path: 'users',
        title: 'titles.users',
        canActivate: [adminGuard],
        loadComponent: withTexts(SECTION_TEXTS.users, () =>
          import('./users/user-list').then((m) => m.UserList),
        ),
      },
      {
        path: 'vocabularies/regions',
        title: 'titles.regions',
        canActivate: [adminGuard],
        loadComponent: withTexts(SECTION_TEXTS.regions, () =>
          import('./vocabularies/region-admin').then((m) => m.RegionAdmin),
        ),
      },
      {
        path: 'mailbox',
        canActivate: [adminGuard],
        loadChildren: withTexts(SECTION_TEXTS.mailbox, () =>
          import('./mailbox/mailbox.routes').then((m) => m.MAILBOX_ROUTES),
        ),
      },
      {
        path: 'privacy',
        canActivate: [adminGuard],
        loadChildren: withTexts(SECTION_TEXTS.privacy, () =>
          import('./privacy/privacy.routes').then((m) => m.PRIVACY_ROUTES),
        ),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: withTexts(SECTION_TEXTS.notFound, () =>
          import('./core/not-found').then((m) => m.NotFound),
        ),
      },
    ],
  },
];
