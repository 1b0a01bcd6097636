import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { DEFAULT_PAGE_SIZE, MailboxMessage, MailboxPage, MailboxQuery } from '@kohorte/contracts';
import { Observable } from 'rxjs';

const MAILBOX_URL = '/api/v1/mailbox';

/** The outbox as admins read it: the development mailbox without SMTP, else what went out. */
@Injectable({ providedIn: 'root' })
export class MailboxApi {
  private readonly http = inject(HttpClient);

  list({ page = 1, pageSize = DEFAULT_PAGE_SIZE, status }: MailboxQuery): Observable<MailboxPage> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    if (status) params = params.set('status', status);
    return this.http.get<MailboxPage>(MAILBOX_URL, { params });
  }

  get(id: string): Observable<MailboxMessage> {
    return this.http.get<MailboxMessage>(`${MAILBOX_URL}/${encodeURIComponent(id)}`);
  }
}
