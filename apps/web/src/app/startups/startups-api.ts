import { Injectable } from '@angular/core';
import {
  ListStartupsQuery,
  Startup,
  StartupContact,
  StartupContactInput,
  StartupInput,
  StartupListItem,
  UpdateStartupContactRequest,
  UpdateStartupRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { RecordsApi } from '../records/records-api';

@Injectable({ providedIn: 'root' })
export class StartupsApi extends RecordsApi<{
  item: StartupListItem;
  record: Startup;
  input: StartupInput;
  changes: UpdateStartupRequest;
  query: ListStartupsQuery;
}> {
  protected readonly url = '/api/v1/startups';

  contacts(id: string): Observable<StartupContact[]> {
    return this.http.get<StartupContact[]>(this.contactsUrl(id));
  }

  addContact(id: string, input: StartupContactInput): Observable<StartupContact> {
    return this.http.post<StartupContact>(this.contactsUrl(id), input);
  }

  updateContact(
    id: string,
    contactId: string,
    changes: UpdateStartupContactRequest,
  ): Observable<StartupContact> {
    return this.http.patch<StartupContact>(
      `${this.contactsUrl(id)}/${encodeURIComponent(contactId)}`,
      changes,
    );
  }

  removeContact(id: string, contactId: string): Observable<void> {
    return this.http.delete<void>(`${this.contactsUrl(id)}/${encodeURIComponent(contactId)}`);
  }

  private contactsUrl(id: string): string {
    return `${this.recordUrl(id)}/contacts`;
  }
}
