import { Routes } from '@angular/router';
import { writerGuard } from '../core/auth/guards';

export const INVESTOR_ROUTES: Routes = [
  {
    path: '',
    title: 'investors.titles.list',
    loadComponent: () => import('./investor-list').then((m) => m.InvestorList),
  },
  {
    path: 'new',
    title: 'investors.titles.new',
    canActivate: [writerGuard],
    loadComponent: () => import('./investor-form').then((m) => m.InvestorFormPage),
  },
  {
    path: ':id',
    title: 'investors.titles.detail',
    loadComponent: () => import('./investor-detail').then((m) => m.InvestorDetail),
  },
  {
    path: ':id/edit',
    title: 'investors.titles.edit',
    canActivate: [writerGuard],
    loadComponent: () => import('./investor-form').then((m) => m.InvestorFormPage),
  },
];
