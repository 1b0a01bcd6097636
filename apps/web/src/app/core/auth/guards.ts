import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { SessionStore } from './session';

/** Every page but sign-in needs a session; without one, sign in and come back here. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session
    .load()
    .pipe(
      map(() =>
        session.signedIn()
          ? true
          : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } }),
      ),
    );
};

/** The sign-in page is for people who are not signed in yet. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session
    .load()
    .pipe(map(() => (session.signedIn() ? router.createUrlTree(['/startups']) : true)));
};

/** Pages that change records; viewers are sent to the list (the API refuses them anyway). */
export const writerGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session
    .load()
    .pipe(map(() => (session.canWrite() ? true : router.createUrlTree(['/startups']))));
};

export const adminGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session
    .load()
    .pipe(map(() => (session.isAdmin() ? true : router.createUrlTree(['/startups']))));
};
