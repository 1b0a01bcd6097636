import { Injectable } from '@nestjs/common';
import type {
  ImportKind,
  ListInvestorsQuery,
  ListMentorsQuery,
  ListStartupsQuery,
} from '@kohorte/contracts';
import { InvestorsService } from '../investors/index';
import { MentorsService } from '../mentors/index';
import { StartupsService } from '../startups/index';
import { type CsvExportOptions, exportFileName, recordsToCsv } from './records-csv';

type Filter<Q> = Omit<Q, 'page' | 'pageSize'>;

export interface CsvFile {
  fileName: string;
  content: string;
}

/** A list with its filters as a CSV file, every matching record in the list's order. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly startups: StartupsService,
    private readonly mentors: MentorsService,
    private readonly investors: InvestorsService,
  ) {}

  async startupsCsv(query: Filter<ListStartupsQuery>, options: CsvExportOptions): Promise<CsvFile> {
    return this.file('startups', await this.startups.listAll(withoutPaging(query)), options);
  }

  async mentorsCsv(query: Filter<ListMentorsQuery>, options: CsvExportOptions): Promise<CsvFile> {
    return this.file('mentors', await this.mentors.listAll(withoutPaging(query)), options);
  }

  async investorsCsv(
    query: Filter<ListInvestorsQuery>,
    options: CsvExportOptions,
  ): Promise<CsvFile> {
    return this.file('investors', await this.investors.listAll(withoutPaging(query)), options);
  }

  private file(kind: ImportKind, records: readonly object[], options: CsvExportOptions): CsvFile {
    return { fileName: exportFileName(kind), content: recordsToCsv(kind, records, options) };
  }
}

// The list DTOs carry page and pageSize; an export has every record.
function withoutPaging<Q extends object>(query: Q): Q {
  const {
    page: _page,
    pageSize: _pageSize,
    ...rest
  } = query as Q & {
    page?: number;
    pageSize?: number;
  };
  return rest as Q;
}
