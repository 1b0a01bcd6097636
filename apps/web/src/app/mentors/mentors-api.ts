import { Injectable } from '@angular/core';
import {
  ListMentorsQuery,
  Mentee,
  Mentor,
  MentorInput,
  UpdateMentorRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { RecordsApi } from '../records/records-api';

@Injectable({ providedIn: 'root' })
export class MentorsApi extends RecordsApi<{
  item: Mentor;
  record: Mentor;
  input: MentorInput;
  changes: UpdateMentorRequest;
  query: ListMentorsQuery;
}> {
  protected readonly url = '/api/v1/mentors';

  mentees(id: string): Observable<Mentee[]> {
    return this.http.get<Mentee[]>(`${this.recordUrl(id)}/mentees`);
  }
}
