import {
  FetchBackend,
  HttpBackend,
  HttpErrorResponse,
  HttpEvent,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable, tap } from 'rxjs';
import { injectPageRenderContext } from './page-render-context';

/**
 * How the server render asks the API: as the browser it renders for (its cookie, so the session
 * is the person's own, and its languages). Relative URLs already point at the API (the render's
 * URL is the API's own address, see src/server.ts).
 *
 * The API marks its answers `no-store`, which would keep them out of the page's transfer state
 * and make the browser ask again for what the page already shows. The page that carries them is
 * itself sent `private, no-store`, so here, on the server only, the mark is dropped. A failed
 * request is reported: the API then sends the page the browser renders itself, which handles it.
 */
@Injectable()
export class ServerApiBackend implements HttpBackend {
  private readonly fetch = inject(FetchBackend);
  private readonly context = injectPageRenderContext();

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    const asBrowser = this.context
      ? request.clone({
          setHeaders: {
            cookie: this.context.cookie,
            'accept-language': this.context.acceptLanguage,
          },
        })
      : request;
    return this.fetch.handle(asBrowser).pipe(
      map((event) =>
        event instanceof HttpResponse
          ? event.clone({ headers: event.headers.delete('cache-control') })
          : event,
      ),
      tap({
        error: (error: unknown) =>
          this.context?.failed(error instanceof HttpErrorResponse ? error.status : 0),
      }),
    );
  }
}
