import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AssignmentPreview,
  DeclareConflictRequest,
  MoveInRankingRequest,
  Ranking,
  Reviewer,
  ReviewerInput,
  ReviewerView,
  Rubric,
  RubricInput,
  SaveReviewRequest,
  SendInvitationsResult,
  SetPinRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { linkHeaders } from '../respond/respond-api';

const id = (value: string) => encodeURIComponent(value);

/** Staff: a call's reviewers, rubric, assignment and ranking. */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  reviewers(callId: string): Observable<Reviewer[]> {
    return this.http.get<Reviewer[]>(`/api/v1/calls/${id(callId)}/reviewers`);
  }

  addReviewer(callId: string, input: ReviewerInput): Observable<Reviewer> {
    return this.http.post<Reviewer>(`/api/v1/calls/${id(callId)}/reviewers`, input);
  }

  removeReviewer(reviewerId: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/reviewers/${id(reviewerId)}`);
  }

  rubric(callId: string): Observable<Rubric> {
    return this.http.get<Rubric>(`/api/v1/calls/${id(callId)}/rubric`);
  }

  putRubric(callId: string, input: RubricInput): Observable<Rubric> {
    return this.http.put<Rubric>(`/api/v1/calls/${id(callId)}/rubric`, input);
  }

  assignment(callId: string): Observable<AssignmentPreview> {
    return this.http.get<AssignmentPreview>(`/api/v1/calls/${id(callId)}/assignment`);
  }

  pin(callId: string, request: SetPinRequest): Observable<AssignmentPreview> {
    return this.http.put<AssignmentPreview>(`/api/v1/calls/${id(callId)}/review-pins`, request);
  }

  send(callId: string): Observable<SendInvitationsResult> {
    return this.http.post<SendInvitationsResult>(
      `/api/v1/calls/${id(callId)}/review-invitations`,
      {},
    );
  }

  ranking(callId: string): Observable<Ranking> {
    return this.http.get<Ranking>(`/api/v1/calls/${id(callId)}/ranking`);
  }

  move(callId: string, request: MoveInRankingRequest): Observable<Ranking> {
    return this.http.post<Ranking>(`/api/v1/calls/${id(callId)}/ranking/moves`, request);
  }
}

/** A reviewer, through their link: their own reviews only. */
@Injectable({ providedIn: 'root' })
export class ReviewerLinkApi {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<ReviewerView> {
    return this.http.get<ReviewerView>('/api/v1/public/reviews', { headers: linkHeaders(token) });
  }

  save(token: string, applicationId: string, request: SaveReviewRequest): Observable<ReviewerView> {
    return this.http.put<ReviewerView>(`/api/v1/public/reviews/${id(applicationId)}`, request, {
      headers: linkHeaders(token),
    });
  }

  file(token: string, applicationId: string, questionKey: string): Observable<Blob> {
    return this.http.get(`/api/v1/public/reviews/${id(applicationId)}/files/${id(questionKey)}`, {
      headers: linkHeaders(token),
      responseType: 'blob',
    });
  }

  conflict(
    token: string,
    applicationId: string,
    request: DeclareConflictRequest,
  ): Observable<ReviewerView> {
    return this.http.put<ReviewerView>(
      `/api/v1/public/reviews/${id(applicationId)}/conflict`,
      request,
      { headers: linkHeaders(token) },
    );
  }
}
