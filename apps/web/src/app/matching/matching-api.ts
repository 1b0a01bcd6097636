import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ListProposalsQuery,
  MatchingRun,
  MatchingRunProposals,
  MatchingRunStarted,
  MatchProposal,
  ProposalAlternative,
  SendOffersPreview,
  SendOffersResult,
  StartMatchingRunRequest,
  SwapProposalRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Matching runs, their proposals and the decisions on them. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  start(cohortId: string, request: StartMatchingRunRequest): Observable<MatchingRunStarted> {
    return this.http.post<MatchingRunStarted>(
      `/api/v1/cohorts/${id(cohortId)}/matching-runs`,
      request,
    );
  }

  runs(cohortId: string): Observable<MatchingRun[]> {
    return this.http.get<MatchingRun[]>(`/api/v1/cohorts/${id(cohortId)}/matching-runs`);
  }

  run(runId: string): Observable<MatchingRun> {
    return this.http.get<MatchingRun>(`/api/v1/matching-runs/${id(runId)}`);
  }

  proposals(runId: string, query: ListProposalsQuery): Observable<MatchingRunProposals> {
    let params = new HttpParams();
    if (query.unmatched) params = params.set('unmatched', 'true');
    if (query.lowScore !== undefined) params = params.set('lowScore', String(query.lowScore));
    return this.http.get<MatchingRunProposals>(`/api/v1/matching-runs/${id(runId)}/proposals`, {
      params,
    });
  }

  approve(runId: string, proposalIds?: string[]): Observable<MatchProposal[]> {
    return this.http.post<MatchProposal[]>(
      `/api/v1/matching-runs/${id(runId)}/approve`,
      proposalIds ? { proposalIds } : {},
    );
  }

  /** Every approved mentor proposal of the run becomes an offer: one email per mentor. */
  sendPreview(runId: string): Observable<SendOffersPreview> {
    return this.http.get<SendOffersPreview>(`/api/v1/matching-runs/${id(runId)}/offers/preview`);
  }

  sendOffers(runId: string): Observable<SendOffersResult> {
    return this.http.post<SendOffersResult>(`/api/v1/matching-runs/${id(runId)}/offers`, {});
  }

  discard(runId: string): Observable<MatchingRun> {
    return this.http.post<MatchingRun>(`/api/v1/matching-runs/${id(runId)}/discard`, {});
  }

  reject(proposalId: string): Observable<MatchProposal> {
    return this.http.post<MatchProposal>(`/api/v1/match-proposals/${id(proposalId)}/reject`, {});
  }

  pin(proposalId: string): Observable<MatchProposal> {
    return this.http.post<MatchProposal>(`/api/v1/match-proposals/${id(proposalId)}/pin`, {});
  }

  alternatives(proposalId: string): Observable<ProposalAlternative[]> {
    return this.http.get<ProposalAlternative[]>(
      `/api/v1/match-proposals/${id(proposalId)}/alternatives`,
    );
  }

  swap(proposalId: string, request: SwapProposalRequest): Observable<MatchProposal> {
    return this.http.post<MatchProposal>(`/api/v1/match-proposals/${id(proposalId)}/swap`, request);
  }
}
