import { Injectable } from '@nestjs/common';
import {
  APPLICATION_FIELDS,
  type ApplicationDetail,
  type ApplicationListItem,
  checkField,
  formatReason,
  type ListApplicationsQuery,
  type MarkEligibilityRequest,
  type Page,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import {
  applicationPage,
  applicationRow,
  duplicatesOf,
  filesOf,
  toListItem,
} from './application-rows';
import { applicationsCsv } from './applications-csv';
import { CallEntity } from './call.entity';
import { filesOfApplications, storedFile } from './application-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';
import { screenApplication } from './application-queries';

/** A deck's bytes, for staff to download. */
export interface StoredFile {
  fileName: string;
  content: Buffer;
}

/** Most applications in one export. */
const EXPORT_LIMIT = 10_000;

function noApplication(id: string): NotFoundError {
  return new NotFoundError(`No application has the id ${id}`);
}

/**
 * Screening: staff read a call's applications (filtered, searched, with possible duplicates of
 * existing startups), open one with everything the applicant gave, and mark it eligible or not.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  async list(
    callId: string,
    query: ListApplicationsQuery & { page?: number; pageSize?: number },
  ): Promise<Page<ApplicationListItem>> {
    const manager = this.dataSource.manager;
    await this.assertCall(manager, callId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { rows, total } = await applicationPage(
      manager,
      callId,
      query,
      pageSize,
      (page - 1) * pageSize,
    );
    const duplicates = await duplicatesOf(manager, rows);
    return {
      items: rows.map((row) => toListItem(row, duplicates.get(row.id) ?? [])),
      total,
      page,
      pageSize,
    };
  }

  async detail(id: string): Promise<ApplicationDetail> {
    const manager = this.dataSource.manager;
    const row = await applicationRow(manager, id);
    if (!row) throw noApplication(id);
    const call = await manager.findOneOrFail(CallEntity, { where: { id: row.callId } });
    const duplicates = await duplicatesOf(manager, [row]);
    return {
      ...toListItem(row, duplicates.get(row.id) ?? []),
      callId: row.callId,
      cohortId: row.cohortId,
      locale: row.locale,
      profile: row.profile,
      answers: row.answers,
      files: await filesOf(manager, row.id),
      consentVersion: row.consentVersion,
      consentedAt: row.consentedAt?.toISOString() ?? null,
      questions: call.questions,
      profileFields: call.profileFields,
    };
  }

  /** Every application the filters match (up to EXPORT_LIMIT), as CSV. */
  async csv(callId: string, query: ListApplicationsQuery): Promise<string> {
    const manager = this.dataSource.manager;
    const call = await manager.findOne(CallEntity, { where: { id: callId } });
    if (!call) throw new NotFoundError(`No call has the id ${callId}`);
    const { rows } = await applicationPage(manager, callId, query, EXPORT_LIMIT, 0);
    const duplicates = await duplicatesOf(manager, rows);
    const files = await filesOfApplications.all(manager, [rows.map((row) => row.id)]);
    return applicationsCsv(
      rows.map((row) => ({
        row,
        item: toListItem(row, duplicates.get(row.id) ?? []),
        files: new Map(
          files
            .filter((file) => file.applicationId === row.id)
            .map((file) => [file.questionKey, file.fileName]),
        ),
      })),
      call.profileFields,
      call.questions,
    );
  }

  /** A deck's bytes: staff only (the controller's roles), and later the application's reviewers. */
  async file(id: string, questionKey: string): Promise<StoredFile> {
    const [row] = await storedFile.all(this.dataSource, [id, questionKey]);
    if (!row) throw new NotFoundError(`The application ${id} has no file for ${questionKey}`);
    return row;
  }

  /** Marks a submitted application eligible or not; not eligible needs a reason. */
  async mark(
    id: string,
    request: MarkEligibilityRequest,
    actorId: string,
  ): Promise<ApplicationDetail> {
    const reason = checkField(APPLICATION_FIELDS.eligibilityReason, request.reason);
    if (!reason.ok) {
      const { code, params } = reason.reason;
      throw invalidFields([
        { field: 'reason', code, params, messages: [formatReason(code, params, 'en')] },
      ]);
    }
    if (!request.eligible && reason.value === null) {
      throw invalidFields([
        {
          field: 'reason',
          code: 'reasonRequired',
          params: {},
          messages: [formatReason('reasonRequired', {}, 'en')],
        },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      const row = await applicationRow(manager, id, true);
      if (!row) throw noApplication(id);
      if (row.status === 'draft') {
        throw invalidFields([
          {
            field: 'eligible',
            code: 'invalid',
            params: { detail: 'a draft is not screened' },
            messages: ['A draft cannot be screened; it has not been submitted'],
          },
        ]);
      }
      const state = request.eligible ? 'eligible' : 'ineligible';
      await screenApplication.run(manager, [id, state, reason.value, actorId]);
      await this.activity.record(manager, {
        subjectType: 'application',
        subjectId: id,
        kind: 'application',
        actorId,
        body: (reason.value as string | null) ?? null,
        data: { action: 'screened' },
        changes: [{ field: 'eligibility', before: row.eligibility, after: state }],
      });
    });
    return this.detail(id);
  }

  private async assertCall(manager: EntityManager, callId: string): Promise<void> {
    if (!(await manager.exists(CallEntity, { where: { id: callId } }))) {
      throw new NotFoundError(`No call has the id ${callId}`);
    }
  }
}
