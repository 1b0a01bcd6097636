import { Injectable } from '@nestjs/common';
import {
  type Call,
  type CallFunnel,
  type CallInput,
  callErrors,
  callFieldErrors,
  type PublicCall,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { funnelOf } from './application-rows';
import { toCall, toPublicCall } from './call-mapper';
import { CallEntity } from './call.entity';
import { toFieldErrors } from './rule-errors';
import { cohortOfCall, databaseTime, lockedCohortOfCall } from './application-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';

function noCall(cohortId: string): NotFoundError {
  return new NotFoundError(`The cohort ${cohortId} has no call for applications`);
}

/** The database's clock: deadlines are decided by the server, never the browser. */
export async function databaseNow(manager: EntityManager): Promise<Date> {
  return (await databaseTime.one(manager)).now;
}

/**
 * A cohort's call for applications: staff create and change it (one per cohort), anyone reads
 * its public side. Changing the consent text raises its version, so that each application
 * records the text it agreed to.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  async forCohort(cohortId: string): Promise<Call> {
    const found = await this.dataSource.manager.findOne(CallEntity, { where: { cohortId } });
    if (!found) throw noCall(cohortId);
    return toCall(found, await this.cohortName(this.dataSource.manager, cohortId));
  }

  async get(id: string): Promise<Call> {
    const found = await this.dataSource.manager.findOne(CallEntity, { where: { id } });
    if (!found) throw new NotFoundError(`No call has the id ${id}`);
    return toCall(found, await this.cohortName(this.dataSource.manager, found.cohortId));
  }

  /** 404 for an unknown call; a public page needs nothing else. */
  async publicCall(id: string): Promise<PublicCall> {
    const manager = this.dataSource.manager;
    const found = await manager.findOne(CallEntity, { where: { id } });
    if (!found) throw new NotFoundError(`No call has the id ${id}`);
    return toPublicCall(found, await databaseNow(manager));
  }

  async funnel(id: string): Promise<CallFunnel> {
    const manager = this.dataSource.manager;
    if (!(await manager.exists(CallEntity, { where: { id } }))) {
      throw new NotFoundError(`No call has the id ${id}`);
    }
    return funnelOf(manager, id);
  }

  /** Creates the cohort's call or replaces its settings; 400 naming each field that is wrong. */
  async put(cohortId: string, input: CallInput, actorId: string): Promise<Call> {
    const errors = [...callFieldErrors(input), ...callErrors(input)];
    if (errors.length > 0) throw invalidFields(toFieldErrors(errors));
    return this.dataSource.transaction(async (manager) => {
      const cohortName = await this.cohortName(manager, cohortId, true);
      const existing = await manager.findOne(CallEntity, {
        where: { cohortId },
        lock: { mode: 'pessimistic_write' },
      });
      const consentChanged =
        existing !== null &&
        (existing.consent.de !== input.consent.de || existing.consent.en !== input.consent.en);
      // The stored call is changed in place (its id and creation stay), or a new one is made.
      const entity = manager.merge(CallEntity, existing ?? manager.create(CallEntity), {
        cohortId,
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        title: input.title,
        intro: input.intro,
        confirmation: input.confirmation,
        consent: input.consent,
        consentVersion: (existing?.consentVersion ?? 0) + (existing && !consentChanged ? 0 : 1),
        profileFields: input.profileFields,
        questions: input.questions,
        retentionDays: input.retentionDays,
        createdBy: existing?.createdBy ?? actorId,
      });
      const saved = await manager.save(entity);
      await this.activity.record(manager, {
        subjectType: 'cohort',
        subjectId: cohortId,
        kind: 'application',
        actorId,
        data: { action: existing ? 'call-changed' : 'call-opened', callId: saved.id },
      });
      return toCall(saved, cohortName);
    });
  }

  private async cohortName(
    manager: EntityManager,
    cohortId: string,
    lock = false,
  ): Promise<string> {
    const [row] = await (lock ? lockedCohortOfCall : cohortOfCall).all(manager, [cohortId]);
    if (!row) throw new NotFoundError(`No cohort has the id ${cohortId}`);
    return row.name;
  }
}
