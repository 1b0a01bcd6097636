import { Injectable } from '@nestjs/common';
import {
  checkField,
  type FieldError,
  REVIEWER_FIELDS,
  type Reviewer,
  type ReviewerInput,
  type Rubric,
  type RubricInput,
  rubricErrors,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { CallEntity } from '../applications/index';
import { toFieldErrors } from '../applications/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { unknownTermErrors } from '../records/index';
import { VocabulariesService } from '../vocabularies/index';
import { fieldError, reviewConflict } from './review-errors';
import { type ReviewerRow, reviewerRow, reviewersOf, rubricOf } from './review-rows';
import {
  callExists,
  insertReviewer,
  lockedCallExists,
  mentorExists,
  reviewerEmailTaken,
  userExists,
} from './review-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';
import {
  deleteReviewer,
  revokeReviewerLinks,
  updateReviewer,
  upsertRubric,
} from './review-queries';

function toReviewer(row: ReviewerRow): Reviewer {
  return {
    id: row.id,
    callId: row.callId,
    kind: row.kind,
    userId: row.userId,
    mentorId: row.mentorId,
    name: row.name,
    email: row.email,
    locale: row.locale,
    sectors: row.sectors,
    topics: row.topics,
    stages: row.stages,
    maxLoad: row.maxLoad,
    invited: row.invited,
    submitted: row.submitted,
    invitedAt: row.invitedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The rubric a call has before a manager sets one: none (reviews cannot be sent yet). */
function emptyRubric(callId: string): Rubric {
  return {
    callId,
    criteria: [],
    reviewersPerApplication: 3,
    reviewDeadline: null,
    updatedAt: null,
  };
}

/**
 * A call's reviewers and its rubric: staff add staff members, mentors and external jurors (each
 * once per call and email address) with their expertise and load, and set the criteria, the
 * number of reviewers per application and the deadline.
 */
@Injectable()
export class ReviewersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
  ) {}

  async list(callId: string): Promise<Reviewer[]> {
    await this.assertCall(this.dataSource.manager, callId);
    return (await reviewersOf(this.dataSource.manager, callId)).map(toReviewer);
  }

  async add(callId: string, input: ReviewerInput, actorId: string): Promise<Reviewer> {
    await this.check(input);
    return this.dataSource.transaction(async (manager) => {
      await this.assertCall(manager, callId, true);
      await this.assertPerson(manager, input);
      const [row] = await insertReviewer.all(manager, [
        callId,
        input.kind,
        input.kind === 'staff' ? (input.userId ?? null) : null,
        input.kind === 'mentor' ? (input.mentorId ?? null) : null,
        input.name.trim(),
        input.email.trim(),
        input.locale,
        input.sectors ?? [],
        input.topics ?? [],
        input.stages ?? [],
        input.maxLoad,
      ]);
      if (!row) throw reviewConflict('email', 'reviewerTaken', { value: input.email.trim() });
      await this.activity.record(manager, {
        subjectType: 'reviewer',
        subjectId: row.id,
        kind: 'created',
        actorId,
        data: { callId, reviewerKind: input.kind },
      });
      return toReviewer((await reviewerRow(manager, row.id))!);
    });
  }

  async update(id: string, input: ReviewerInput, actorId: string): Promise<Reviewer> {
    await this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const existing = await reviewerRow(manager, id, true);
      if (!existing) throw new NotFoundError(`No reviewer has the id ${id}`);
      await this.assertPerson(manager, input);
      const taken = await reviewerEmailTaken.all(manager, [
        existing.callId,
        input.email.trim(),
        id,
      ]);
      if (taken.length > 0) throw reviewConflict('email', 'reviewerTaken', { value: input.email });
      await updateReviewer.run(manager, [
        id,
        input.kind,
        input.kind === 'staff' ? (input.userId ?? null) : null,
        input.kind === 'mentor' ? (input.mentorId ?? null) : null,
        input.name.trim(),
        input.email.trim(),
        input.locale,
        input.sectors ?? [],
        input.topics ?? [],
        input.stages ?? [],
        input.maxLoad,
      ]);
      await this.activity.record(manager, {
        subjectType: 'reviewer',
        subjectId: id,
        kind: 'updated',
        actorId,
      });
      return toReviewer((await reviewerRow(manager, id))!);
    });
  }

  /**
   * Removes a reviewer with their open reviews and links; 409 once they submitted one (the
   * ranking rests on it).
   */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await reviewerRow(manager, id, true);
      if (!existing) throw new NotFoundError(`No reviewer has the id ${id}`);
      if (existing.submitted > 0) throw reviewConflict('id', 'reviewSubmitted');
      await revokeReviewerLinks.run(manager, [id]);
      await this.activity.deleteTimeline(manager, 'reviewer', id);
      await deleteReviewer.run(manager, [id]);
    });
  }

  async rubric(callId: string): Promise<Rubric> {
    const manager = this.dataSource.manager;
    await this.assertCall(manager, callId);
    const row = await rubricOf(manager, callId);
    if (!row) return emptyRubric(callId);
    return {
      callId,
      criteria: row.criteria,
      reviewersPerApplication: row.reviewersPerApplication,
      reviewDeadline: row.reviewDeadline?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async putRubric(callId: string, input: RubricInput, actorId: string): Promise<Rubric> {
    const errors = rubricErrors(input);
    if (errors.length > 0) throw invalidFields(toFieldErrors(errors));
    await this.dataSource.transaction(async (manager) => {
      await this.assertCall(manager, callId, true);
      await upsertRubric.run(manager, [
        callId,
        JSON.stringify(input.criteria),
        input.reviewersPerApplication,
        input.reviewDeadline === null ? null : new Date(input.reviewDeadline),
      ]);
      const call = await manager.findOneOrFail(CallEntity, { where: { id: callId } });
      await this.activity.record(manager, {
        subjectType: 'cohort',
        subjectId: call.cohortId,
        kind: 'review',
        actorId,
        data: { action: 'rubric-changed', callId },
      });
    });
    return this.rubric(callId);
  }

  /** The fields by their rules and the vocabularies; 400 naming each that is wrong. */
  private async check(input: ReviewerInput): Promise<void> {
    const errors: FieldError[] = [];
    for (const field of ['name', 'email', 'sectors', 'topics', 'stages', 'maxLoad'] as const) {
      const verdict = checkField(REVIEWER_FIELDS[field], input[field]);
      if (!verdict.ok) {
        const at = verdict.index === undefined ? field : `${field}.${verdict.index}`;
        errors.push(fieldError(at, verdict.reason.code, verdict.reason.params));
      }
    }
    if (input.kind === 'staff' && !input.userId) errors.push(fieldError('userId', 'required'));
    if (input.kind === 'mentor' && !input.mentorId) errors.push(fieldError('mentorId', 'required'));
    errors.push(
      ...(await unknownTermErrors(this.vocabularies, input, [
        ['sectors', 'sectors'],
        ['topics', 'topics'],
        ['stages', 'stages'],
      ])),
    );
    if (errors.length > 0) throw invalidFields(errors);
  }

  /** The staff member or mentor named exists. */
  private async assertPerson(manager: EntityManager, input: ReviewerInput): Promise<void> {
    if (input.kind === 'staff') {
      const found = await userExists.all(manager, [input.userId]);
      if (found.length === 0)
        throw invalidFields([
          fieldError('userId', 'unknownRecord', { value: String(input.userId) }),
        ]);
    }
    if (input.kind === 'mentor') {
      const found = await mentorExists.all(manager, [input.mentorId]);
      if (found.length === 0)
        throw invalidFields([
          fieldError('mentorId', 'unknownRecord', { value: String(input.mentorId) }),
        ]);
    }
  }

  private async assertCall(manager: EntityManager, callId: string, lock = false): Promise<void> {
    const found = await (lock ? lockedCallExists : callExists).all(manager, [callId]);
    if (found.length === 0) throw new NotFoundError(`No call has the id ${callId}`);
  }
}
