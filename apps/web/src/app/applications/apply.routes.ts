import { Routes } from '@angular/router';
import { RespondLayout } from '../respond/respond-layout';

/** `/apply/:callId`: a call's public page, outside the signed-in shell. */
export const APPLY_ROUTES: Routes = [
  {
    path: '',
    component: RespondLayout,
    children: [
      {
        path: ':callId',
        title: 'applications.titles.apply',
        loadComponent: () => import('./apply-page').then((m) => m.ApplyPage),
      },
    ],
  },
];
