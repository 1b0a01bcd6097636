import { Routes } from '@angular/router';

export const MAILBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'mailbox.title',
    loadComponent: () => import('./mailbox-list').then((m) => m.MailboxList),
  },
  {
    path: ':id',
    title: 'mailbox.reader.title',
    loadComponent: () => import('./mailbox-reader').then((m) => m.MailboxReader),
  },
];
