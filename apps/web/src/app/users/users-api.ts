import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateUserRequest,
  DEFAULT_PAGE_SIZE,
  ListUsersQuery,
  Page,
  User,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const USERS_URL = '/api/v1/users';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list({ page = 1, pageSize = DEFAULT_PAGE_SIZE }: ListUsersQuery): Observable<Page<User>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<User>>(USERS_URL, { params });
  }

  create(request: CreateUserRequest): Observable<User> {
    return this.http.post<User>(USERS_URL, request);
  }
}
