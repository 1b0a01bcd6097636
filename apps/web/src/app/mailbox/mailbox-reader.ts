import { DateTimePipe } from '../core/formats/format-pipes';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MailboxMessage } from '@kohorte/contracts';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { MailboxApi } from './mailbox-api';

/**
 * The mail's HTML as the iframe shows it: links open in a new tab (a sandboxed frame cannot
 * navigate the app, and the page they lead to must run with its own origin, outside the sandbox).
 */
export function readerDocument(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}

/** Every link of the mail's HTML, in order, without repeats. */
export function mailLinks(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const hrefs = Array.from(doc.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '');
  return [...new Set(hrefs.filter((href) => /^https?:\/\//i.test(href)))];
}

/** `/mailbox/:id` (admins only): one email as the recipient sees it, its text part and its links. */
@Component({
  selector: 'app-mailbox-reader',
  imports: [
    DateTimePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './mailbox-reader.html',
  styleUrl: './mailbox-reader.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxReader {
  private readonly api = inject(MailboxApi);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly language = inject(LanguageService);

  protected readonly loading = signal(true);
  protected readonly error = signal<'notFound' | 'loadError' | null>(null);
  protected readonly mail = signal<MailboxMessage | null>(null);
  /**
   * Trusted on purpose: Angular's sanitiser would strip the mail's layout. The frame is sandboxed
   * without `allow-scripts` and `allow-same-origin`, so the HTML cannot run code or reach the app;
   * and the server rendered it with every value escaped.
   */
  protected readonly srcdoc = computed<SafeHtml | null>(() => {
    const html = this.mail()?.html;
    return html ? this.sanitizer.bypassSecurityTrustHtml(readerDocument(html)) : null;
  });
  protected readonly links = computed(() => mailLinks(this.mail()?.html ?? ''));

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            catchError((failure: HttpErrorResponse) => {
              this.error.set(
                failure.status === 404 || failure.status === 400 ? 'notFound' : 'loadError',
              );
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((mail) => {
        this.mail.set(mail);
        this.loading.set(false);
      });
  }
}
