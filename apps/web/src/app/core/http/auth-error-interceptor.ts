import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { EnvironmentInjector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../auth/session';

/** Session and sign-in requests answer 401 as part of their normal work. */
function isAuthRequest(url: string): boolean {
  return url.startsWith('/api/v1/auth/');
}

/**
 * 401 anywhere (the session expired) → the sign-in page, keeping the current page as the return
 * URL. 403 → "You don't have permission". Callers still receive the error.
 */
export const authErrorInterceptor: HttpInterceptorFn = (request, next) => {
  // The router is asked for only when needed: the router itself loads texts through here while
  // it is being created (its title strategy), and injecting it then would be a cycle.
  const injector = inject(EnvironmentInjector);
  const transloco = inject(TranslocoService);

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !isAuthRequest(request.url)) {
        if (error.status === 401) {
          const router = injector.get(Router);
          injector.get(SessionStore).clear();
          const returnUrl = router.url;
          if (!returnUrl.startsWith('/sign-in')) {
            void router.navigate(['/sign-in'], { queryParams: { returnUrl } });
          }
        } else if (error.status === 403) {
          // The snack bar's code comes with the first refusal, not with the first page: most
          // visits never see one.
          void import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
            injector
              .get(MatSnackBar)
              .open(transloco.translate('errors.forbidden'), transloco.translate('common.close'), {
                duration: 6000,
                panelClass: 'snack-error',
              }),
          );
        }
      }
      return throwError(() => error);
    }),
  );
};
