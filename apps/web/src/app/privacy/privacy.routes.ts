import { Routes } from '@angular/router';

export const PRIVACY_ROUTES: Routes = [
  {
    path: '',
    title: 'privacy.title',
    loadComponent: () => import('./privacy-requests').then((m) => m.PrivacyRequests),
  },
];
