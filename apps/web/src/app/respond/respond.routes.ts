import { Routes } from '@angular/router';
import { RespondLayout } from './respond-layout';

/** The pages email links open: public, outside the signed-in shell. */
export const RESPOND_ROUTES: Routes = [
  {
    path: '',
    component: RespondLayout,
    children: [
      {
        path: 'profile/:token',
        title: 'respond.titles.profile',
        loadComponent: () => import('./profile-page').then((m) => m.ProfilePage),
      },
      {
        path: 'offer/:token',
        title: 'respond.offer.pageTitle',
        loadComponent: () => import('./offer-page').then((m) => m.OfferPage),
      },
      {
        path: 'intro-consent/:token',
        title: 'respond.consent.pageTitle',
        loadComponent: () => import('./intro-consent-page').then((m) => m.IntroConsentPage),
      },
      {
        path: 'investor-offer/:token',
        title: 'respond.investorOffer.pageTitle',
        loadComponent: () => import('./investor-offer-page').then((m) => m.InvestorOfferPage),
      },
      {
        path: 'application/:token',
        title: 'applications.titles.applicationForm',
        loadComponent: () =>
          import('../applications/application-page').then((m) => m.ApplicationPage),
      },
      {
        path: 'review/:token',
        title: 'reviews.titles.review',
        loadComponent: () => import('../reviews/review-page').then((m) => m.ReviewPage),
      },
      {
        path: 'new-link',
        title: 'respond.titles.newLink',
        loadComponent: () => import('./new-link-page').then((m) => m.NewLinkPage),
      },
      { path: '**', redirectTo: 'new-link' },
    ],
  },
];
