import { Injectable } from '@nestjs/common';
import {
  type DecideApplicationsRequest,
  type DecisionResult,
  type DecisionSkip,
  PROFILE_LINK_PATH,
  PROFILE_LINK_TTL_DAYS,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { MailOutbox } from '../mail/index';
import { CohortStartupsService } from '../programmes/index';
import { writeAcceptedStartup } from './accepted-startup';
import { type ApplicationRow, duplicatesOf, lockedApplications } from './application-rows';
import { DECISION_STATUS, moveAllowed } from './application-status';
import { CallEntity } from './call.entity';
import { NotFoundError } from '../../infra/errors/domain-errors';
import { acceptAppliedMember, decideApplication } from './application-queries';

const PROFILE_TTL_SECONDS = PROFILE_LINK_TTL_DAYS * 24 * 3600;

/**
 * Decisions on a call's applications, in bulk and all in one transaction: accept (the startup
 * is created or updated from the answers, the applicant becomes its founder, it joins the
 * cohort as "accepted" and the founder gets the profile link), waitlist or reject. Each
 * applicant gets the decision's email in their language; every step goes on the timelines.
 * Applications that cannot take the decision are listed as skipped and left as they are.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mail: MailOutbox,
    private readonly cohortStartups: CohortStartupsService,
  ) {}

  async decide(
    callId: string,
    request: DecideApplicationsRequest,
    actorId: string,
  ): Promise<DecisionResult> {
    const ids = [...new Set(request.applicationIds)];
    const { result, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(CallEntity, { where: { id: callId } });
      if (!call) throw new NotFoundError(`No call has the id ${callId}`);
      const rows = await lockedApplications(manager, callId, ids);
      const skipped: DecisionSkip[] = ids
        .filter((id) => !rows.some((row) => row.id === id))
        .map((applicationId) => ({ applicationId, reason: 'unknown' }));
      const to = DECISION_STATUS[request.decision];
      const outboxIds: string[] = [];
      const duplicates = request.decision === 'accept' ? await duplicatesOf(manager, rows) : null;
      let decided = 0;
      for (const row of rows) {
        const skip = skipReason(row, request.decision);
        if (skip || !moveAllowed(row.status, to)) {
          skipped.push({ applicationId: row.id, reason: skip ?? 'already-decided' });
          continue;
        }
        let startupId: string | null = null;
        let link = null;
        if (request.decision === 'accept') {
          const existingId = duplicates?.get(row.id)?.[0]?.id ?? null;
          const { startup, contactId } = await writeAcceptedStartup(
            manager,
            this.activity,
            row,
            existingId,
            actorId,
          );
          startupId = startup.id;
          await this.join(manager, call.cohortId, startup.id, startup.name, actorId);
          link = {
            path: PROFILE_LINK_PATH,
            purpose: 'startup-profile' as const,
            subjectType: 'startup' as const,
            subjectId: startup.id,
            ttlSeconds: PROFILE_TTL_SECONDS,
            singleUse: false,
            extra: { contactId },
            revokeEarlier: true,
            createdBy: actorId,
          };
        }
        await decideApplication.run(manager, [row.id, to, actorId, startupId, row.status]);
        await this.activity.record(manager, {
          subjectType: 'application',
          subjectId: row.id,
          kind: 'application',
          actorId,
          data: { action: 'decided', decision: request.decision, startupId },
          changes: [{ field: 'status', before: row.status, after: to }],
        });
        outboxIds.push(
          await this.mail.add(manager, {
            to: row.email,
            toName: row.founderName,
            locale: row.locale,
            template: 'application-decision',
            data: {
              decision: request.decision,
              callTitle: call.title[row.locale],
              startupName: row.profile.name ?? '',
              founderName: row.founderName,
            },
            link,
            subjectType: 'application',
            subjectId: row.id,
            key: `application-decision.${row.id}.${to}`,
          }),
        );
        decided += 1;
      }
      return { result: { decided, emails: outboxIds.length, skipped }, outboxIds };
    });
    await this.mail.dispatch(outboxIds);
    return result;
  }

  /** Into the cohort as "accepted"; a startup already in it (applied) moves to accepted. */
  private async join(
    manager: EntityManager,
    cohortId: string,
    startupId: string,
    name: string,
    actorId: string,
  ): Promise<void> {
    const joined = await this.cohortStartups.enrol(
      manager,
      cohortId,
      [{ id: startupId, name }],
      'accepted',
      actorId,
    );
    if (joined === 0) {
      await acceptAppliedMember.run(manager, [cohortId, startupId]);
    }
  }
}

function skipReason(
  row: ApplicationRow,
  decision: DecideApplicationsRequest['decision'],
): DecisionSkip['reason'] | null {
  if (row.status === 'draft') return 'not-submitted';
  if (row.status === 'accepted' || row.status === 'rejected') return 'already-decided';
  if (decision === 'accept' && row.eligibility === 'ineligible') return 'ineligible';
  return null;
}
