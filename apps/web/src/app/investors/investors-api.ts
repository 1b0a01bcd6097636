import { Injectable } from '@angular/core';
import {
  Investor,
  InvestorInput,
  ListInvestorsQuery,
  UpdateInvestorRequest,
} from '@kohorte/contracts';
import { RecordsApi } from '../records/records-api';

@Injectable({ providedIn: 'root' })
export class InvestorsApi extends RecordsApi<{
  item: Investor;
  record: Investor;
  input: InvestorInput;
  changes: UpdateInvestorRequest;
  query: ListInvestorsQuery;
}> {
  protected readonly url = '/api/v1/investors';
}
