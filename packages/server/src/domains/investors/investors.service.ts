import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CreateInvestorRequest,
  FieldError,
  Investor,
  InvestorInput,
  ListInvestorsQuery,
  ListPage,
  UpdateInvestorRequest,
} from '@kohorte/contracts';
import { reasonError } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { PrivacyErasures } from '../privacy/index';
import { ArchivableRecords } from '../records/index';
import { ListCounts } from '../../infra/list-pages/list-counts';
import { readListPage } from '../../infra/list-pages/read-list-page';
import { rowsInOrder } from '../records/index';
import { UniqueEmail } from '../records/index';
import { unknownTermErrors, type VocabularyField } from '../records/index';
import { checkTags } from '../tags/index';
import { VocabulariesService } from '../vocabularies/index';
import {
  buildInvestorListAllSql,
  buildInvestorListSql,
  type InvestorFilter,
} from './investor-list-query';
import {
  INVESTOR_COLUMNS_SQL,
  INVESTOR_FIELDS,
  investorRows,
  investorsByIds,
  listedIds,
  rowToInvestor,
} from './investor-rows';
import { InvestorEntity } from './investor.entity';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';
import { INVESTOR_TABLE, writeInvestors } from './investor-writes';

const VOCABULARY_FIELDS: readonly VocabularyField<InvestorInput>[] = [
  ['sectors', 'sectors'],
  ['stages', 'stages'],
  ['regions', 'regions'],
];

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No investor has the id ${id}`);
}

function emailTaken(email: string): ConflictError {
  return fieldConflict('email', `Another investor already has the email address ${email}`);
}

/** A ticket range whose minimum exceeds its maximum, named at the maximum. */
function ticketErrors(min: number | null, max: number | null): FieldError[] {
  if (min === null || max === null || min <= max) return [];
  return [reasonError('ticketMaxEur', 'maxBelowMin', { min })];
}

/** Investors: profiles, archive and erasure; each write with its timeline entry. */
@Injectable()
export class InvestorsService {
  private readonly counts = new ListCounts();

  private readonly uniqueEmail = new UniqueEmail(
    'investors',
    'investors_email_lower_key',
    emailTaken,
  );
  private readonly records: ArchivableRecords<InvestorEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: TimelineRecorder,
    private readonly erasures: PrivacyErasures,
  ) {
    this.records = new ArchivableRecords(
      dataSource,
      activity,
      InvestorEntity,
      INVESTOR_TABLE,
      notFound,
      this.uniqueEmail,
    );
  }

  async get(id: string): Promise<Investor> {
    const [row] = await investorsByIds.all(this.dataSource, [[id]]);
    if (!row) throw notFound(id);
    return rowToInvestor(row);
  }

  async list(query: ListInvestorsQuery): Promise<ListPage<Investor>> {
    const page = await readListPage(this.dataSource, this.counts, query, listedIds, (countSql) =>
      buildInvestorListSql(query, countSql),
    );
    return { ...page, items: await this.byIds(page.items.map((row) => row.id)) };
  }

  /** Every investor the list's filters match, in the list's order (the CSV export). */
  async listAll(query: InvestorFilter): Promise<Investor[]> {
    const { sql, params } = buildInvestorListAllSql(query, INVESTOR_COLUMNS_SQL);
    const rows = await investorRows.all(this.dataSource, sql, params);
    return rows.map(rowToInvestor);
  }

  async create(input: CreateInvestorRequest, actorId: string | null): Promise<Investor> {
    const tags = checkTags(input.tags ?? []);
    const errors = [
      ...(await unknownTermErrors(this.vocabularies, input, VOCABULARY_FIELDS)),
      ...tags.errors,
      ...ticketErrors(input.ticketMinEur ?? null, input.ticketMaxEur ?? null),
    ];
    if (errors.length > 0) throw invalidFields(errors);

    const id = await this.uniqueEmail.write(this.dataSource, input.email, async (manager) => {
      await this.uniqueEmail.assertFree(manager, input.email, null);
      const createdId = randomUUID();
      await writeInvestors(
        manager,
        this.activity,
        [
          {
            action: 'create',
            id: createdId,
            values: {
              name: input.name,
              contactName: input.contactName ?? null,
              email: input.email,
              type: input.type,
              sectors: input.sectors ?? [],
              stages: input.stages ?? [],
              ticketMinEur: input.ticketMinEur ?? null,
              ticketMaxEur: input.ticketMaxEur ?? null,
              regions: input.regions ?? [],
              introsPerRound: input.introsPerRound ?? 3,
              status: input.status ?? 'active',
              locale: input.locale ?? 'de',
              tags: tags.tags,
            },
            note: { kind: 'created', body: input.name },
          },
        ],
        actorId,
      );
      return createdId;
    });
    return this.get(id);
  }

  /**
   * Changes only the fields given; `null` clears a nullable one. The timeline entry lists the
   * fields that really changed; a patch that changes nothing writes nothing.
   */
  async update(
    id: string,
    patch: UpdateInvestorRequest,
    actorId: string | null,
  ): Promise<Investor> {
    const tags = patch.tags === undefined ? undefined : checkTags(patch.tags);
    const requestErrors = [
      ...(await unknownTermErrors(this.vocabularies, patch, VOCABULARY_FIELDS)),
      ...(tags?.errors ?? []),
    ];
    const changes = { ...patch, ...(tags ? { tags: tags.tags } : {}) };

    await this.records.update(id, changes.email, actorId, (current) => ({
      // The range is checked as it will be stored: a patch may move only one of its ends.
      errors: [
        ...requestErrors,
        ...ticketErrors(
          changes.ticketMinEur === undefined ? current.ticketMinEur : changes.ticketMinEur,
          changes.ticketMaxEur === undefined ? current.ticketMaxEur : changes.ticketMaxEur,
        ),
      ],
      changed: fieldChanges<InvestorInput>(current, changes, INVESTOR_FIELDS),
    }));
    return this.get(id);
  }

  /** Hides an investor from the lists and matching; archiving an archived one changes nothing. */
  archive(id: string, actorId: string | null): Promise<Investor> {
    return this.setArchived(id, true, actorId);
  }

  /** Brings an archived investor back; restoring a current one changes nothing. */
  restore(id: string, actorId: string | null): Promise<Investor> {
    return this.setArchived(id, false, actorId);
  }

  /**
   * Erasure (GDPR): the investor and everything the personal-data registry finds about them
   * (introductions, timeline, emails, links), in one transaction, with its record.
   */
  async remove(id: string, erasedBy: string | null): Promise<void> {
    await this.erasures.erase({ records: [{ kind: 'investor', id }], erasedBy, reason: 'request' });
  }

  private async setArchived(
    id: string,
    archived: boolean,
    actorId: string | null,
  ): Promise<Investor> {
    await this.records.setArchived(id, archived, actorId);
    return this.get(id);
  }

  private byIds(ids: string[]): Promise<Investor[]> {
    return rowsInOrder(this.dataSource.manager, investorsByIds, ids, rowToInvestor);
  }
}
