import { Routes } from '@angular/router';
import { writerGuard } from '../core/auth/guards';

export const MENTOR_ROUTES: Routes = [
  {
    path: '',
    title: 'mentors.titles.list',
    loadComponent: () => import('./mentor-list').then((m) => m.MentorList),
  },
  {
    path: 'new',
    title: 'mentors.titles.new',
    canActivate: [writerGuard],
    loadComponent: () => import('./mentor-form').then((m) => m.MentorFormPage),
  },
  {
    path: ':id',
    title: 'mentors.titles.detail',
    loadComponent: () => import('./mentor-detail').then((m) => m.MentorDetail),
  },
  {
    path: ':id/edit',
    title: 'mentors.titles.edit',
    canActivate: [writerGuard],
    loadComponent: () => import('./mentor-form').then((m) => m.MentorFormPage),
  },
];
