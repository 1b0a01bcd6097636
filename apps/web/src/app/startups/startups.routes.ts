import { Routes } from '@angular/router';
import { writerGuard } from '../core/auth/guards';
import { withTexts } from '../core/i18n/translation-features';
import { SECTION_TEXTS } from '../section-texts';
import { StartupList } from './startup-list';

export const STARTUP_ROUTES: Routes = [
  {
    path: '',
    title: 'titles.startups',
    // The page this section opens on comes with the routes: one round trip less to the first list.
    component: StartupList,
  },
  {
    path: 'new',
    title: 'titles.startupNew',
    canActivate: [writerGuard],
    loadComponent: withTexts(SECTION_TEXTS.startupForm, () =>
      import('./startup-form').then((m) => m.StartupFormPage),
    ),
  },
  {
    path: ':id',
    title: 'titles.startup',
    loadComponent: withTexts(SECTION_TEXTS.startupDetail, () =>
      import('./startup-detail').then((m) => m.StartupDetail),
    ),
  },
  {
    path: ':id/edit',
    title: 'titles.startupEdit',
    canActivate: [writerGuard],
    loadComponent: withTexts(SECTION_TEXTS.startupForm, () =>
      import('./startup-form').then((m) => m.StartupFormPage),
    ),
  },
];
