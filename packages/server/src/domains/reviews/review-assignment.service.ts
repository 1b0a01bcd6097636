import { Injectable } from '@nestjs/common';
import {
  type AssignmentPreview,
  type LocalizedText,
  REVIEW_LINK_GRACE_DAYS,
  REVIEW_LINK_PATH,
  type SendInvitationsResult,
  type SetPinRequest,
} from '@kohorte/contracts';
import {
  assignReviewers,
  ReviewAssignmentError,
  type ReviewAssignmentResult,
  type ReviewPairRef,
} from '@kohorte/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { CallEntity } from '../applications/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { MailOutbox } from '../mail/index';
import { fieldError, reviewConflict } from './review-errors';
import {
  conflictsOf,
  reviewableApplications,
  reviewersOf,
  reviewsOfCall,
  rubricOf,
  startupNameOf,
} from './review-rows';
import {
  callExists,
  lockedCallExists,
  pinTargetsInCall,
  pinsOfCall,
  secondsUntil,
} from './review-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';
import { deletePin, insertReview, markReviewerInvited, upsertPin } from './review-queries';

const DAY_SECONDS = 24 * 3600;

/** What one run of the assignment saw and proposed. */
interface Proposal {
  preview: AssignmentPreview;
  /** Pairs proposed that were not sent yet. */
  fresh: ReviewPairRef[];
}

/**
 * The assignment of reviewers to a call's eligible applications, as an optimisation: r reviewers
 * each, no reviewer beyond their load, no conflict of interest, expertise fitting, co-reviewers
 * spread (`assignReviewers` of packages/matching, exact). Reviews already sent stay (pinned);
 * a manager pins or excludes pairs and runs it again; sending writes the new reviews and mails
 * each reviewer their link.
 */
@Injectable()
export class ReviewAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mail: MailOutbox,
  ) {}

  async preview(callId: string): Promise<AssignmentPreview> {
    const manager = this.dataSource.manager;
    await this.assertCall(manager, callId);
    return (await this.propose(manager, callId)).preview;
  }

  /** Pins (always), excludes (never) or frees a pair; 400 for a pin on a conflict. */
  async setPin(callId: string, request: SetPinRequest): Promise<AssignmentPreview> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertCall(manager, callId, true);
      const known = await pinTargetsInCall.one(manager, [
        callId,
        request.applicationId,
        request.reviewerId,
      ]);
      const errors = [];
      if (known.applications === 0) {
        errors.push(fieldError('applicationId', 'unknownRecord', { value: request.applicationId }));
      }
      if (known.reviewers === 0) {
        errors.push(fieldError('reviewerId', 'unknownRecord', { value: request.reviewerId }));
      }
      if (errors.length > 0) throw invalidFields(errors);
      if (request.kind === null) {
        await deletePin.run(manager, [request.applicationId, request.reviewerId]);
        return;
      }
      if (request.kind === 'pin') {
        const applications = await reviewableApplications(manager, callId);
        const application = applications.find((a) => a.id === request.applicationId);
        if (!application) throw invalidFields([fieldError('applicationId', 'notReviewable')]);
        const reviewers = (await reviewersOf(manager, callId)).filter(
          (r) => r.id === request.reviewerId,
        );
        const conflicts = await conflictsOf(manager, reviewers, [application]);
        if (conflicts.length > 0) throw invalidFields([fieldError('reviewerId', 'pinConflict')]);
      }
      await upsertPin.run(manager, [request.applicationId, request.reviewerId, request.kind]);
    });
    return this.preview(callId);
  }

  /**
   * Sends the proposed assignment: writes the reviews not sent yet and mails each reviewer who
   * got new ones their link (in their language). All in one transaction; 409 when the call has
   * no rubric or no assignment is possible.
   */
  async send(callId: string, actorId: string): Promise<SendInvitationsResult> {
    const { result, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(CallEntity, {
        where: { id: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) throw new NotFoundError(`No call has the id ${callId}`);
      const rubric = await rubricOf(manager, callId, true);
      if (!rubric || rubric.criteria.length === 0) throw reviewConflict('criteria', 'noRubric');
      const { preview, fresh } = await this.propose(manager, callId);
      if (preview.problems.length > 0) {
        throw reviewConflict('assignment', 'assignmentImpossible', {
          detail: preview.problems.map((problem) => problem.en).join('; '),
        });
      }
      const byReviewer = new Map<string, string[]>();
      for (const pair of fresh) {
        await insertReview.run(manager, [callId, pair.applicationId, pair.reviewerId]);
        byReviewer.set(pair.reviewerId, [
          ...(byReviewer.get(pair.reviewerId) ?? []),
          pair.applicationId,
        ]);
      }
      const reviewers = await reviewersOf(manager, callId);
      const outboxIds: string[] = [];
      const ttlSeconds = await this.linkSeconds(manager, rubric.reviewDeadline);
      for (const reviewer of reviewers) {
        const applications = byReviewer.get(reviewer.id);
        if (!applications) continue;
        await markReviewerInvited.run(manager, [reviewer.id]);
        await this.activity.record(manager, {
          subjectType: 'reviewer',
          subjectId: reviewer.id,
          kind: 'review',
          actorId,
          data: { action: 'invited', callId, applications: applications.length },
        });
        outboxIds.push(
          await this.mail.add(manager, {
            to: reviewer.email,
            toName: reviewer.name,
            locale: reviewer.locale,
            template: 'review-invitation',
            data: {
              reviewerName: reviewer.name,
              callTitle: call.title[reviewer.locale],
              count: reviewer.invited,
              deadline: rubric.reviewDeadline?.toISOString() ?? null,
            },
            link: {
              path: REVIEW_LINK_PATH,
              purpose: 'review',
              subjectType: 'reviewer',
              subjectId: reviewer.id,
              ttlSeconds,
              singleUse: false,
              revokeEarlier: true,
              createdBy: actorId,
            },
            subjectType: 'reviewer',
            subjectId: reviewer.id,
          }),
        );
      }
      for (const applicationId of new Set(fresh.map((pair) => pair.applicationId))) {
        await this.activity.record(manager, {
          subjectType: 'application',
          subjectId: applicationId,
          kind: 'review',
          actorId,
          data: {
            action: 'reviewers-invited',
            reviewerIds: fresh
              .filter((pair) => pair.applicationId === applicationId)
              .map((pair) => pair.reviewerId),
          },
        });
      }
      return { result: { assigned: fresh.length, emails: outboxIds.length }, outboxIds };
    });
    await this.mail.dispatch(outboxIds);
    return result;
  }

  /** A review link works until the deadline and some days after (or that long from now). */
  private async linkSeconds(manager: EntityManager, deadline: Date | null): Promise<number> {
    const row = await secondsUntil.one(manager, [deadline]);
    return row.left + REVIEW_LINK_GRACE_DAYS * DAY_SECONDS;
  }

  private async propose(manager: EntityManager, callId: string): Promise<Proposal> {
    const rubric = await rubricOf(manager, callId);
    const r = rubric?.reviewersPerApplication ?? 3;
    const applications = await reviewableApplications(manager, callId);
    // Decided applications keep their reviews but get no new reviewers.
    const open = applications.filter((a) => a.status === 'submitted');
    const reviewers = await reviewersOf(manager, callId);
    const conflicts = await conflictsOf(manager, reviewers, open);
    const pins = await pinsOfCall.all(manager, [callId]);
    const conflicted = new Set(conflicts.map((c) => `${c.applicationId}|${c.reviewerId}`));
    const openIds = new Set(open.map((a) => a.id));
    const reviews = (await reviewsOfCall(manager, callId)).filter((review) => !review.conflict);
    const sent = reviews.filter((review) => openIds.has(review.applicationId));
    // Reviews of applications decided since still took the reviewer's time: they count in the load.
    const elsewhere = new Map<string, number>();
    for (const review of reviews) {
      if (openIds.has(review.applicationId)) continue;
      elsewhere.set(review.reviewerId, (elsewhere.get(review.reviewerId) ?? 0) + 1);
    }
    const sentKeys = new Set(sent.map((review) => `${review.applicationId}|${review.reviewerId}`));
    const pinned: ReviewPairRef[] = [
      ...sent.map(({ applicationId, reviewerId }) => ({ applicationId, reviewerId })),
      ...pins
        .filter((pin) => pin.kind === 'pin')
        .filter((pin) => !sentKeys.has(`${pin.applicationId}|${pin.reviewerId}`))
        .filter((pin) => openIds.has(pin.applicationId))
        .filter((pin) => !conflicted.has(`${pin.applicationId}|${pin.reviewerId}`)),
    ];
    const forbidden = pins
      .filter((pin) => pin.kind === 'exclude')
      .filter((pin) => !sentKeys.has(`${pin.applicationId}|${pin.reviewerId}`));
    const problems: LocalizedText[] = [];
    let result: ReviewAssignmentResult | null = null;
    if (open.length > 0) {
      try {
        result = assignReviewers({
          applications: open.map((application) => ({
            id: application.id,
            sectors: application.profile.sectors ?? [],
            topics: application.profile.topics ?? [],
            stage: application.profile.stage ?? null,
          })),
          reviewers: reviewers.map((reviewer) => ({
            id: reviewer.id,
            sectors: reviewer.sectors,
            topics: reviewer.topics,
            stages: reviewer.stages,
            maxLoad: Math.max(0, reviewer.maxLoad - (elsewhere.get(reviewer.id) ?? 0)),
          })),
          params: { r, conflicts, pinned, forbidden },
        });
      } catch (error) {
        if (!(error instanceof ReviewAssignmentError)) throw error;
        problems.push(...error.issues.map((issue) => issue.message));
      }
    }
    const assigned = new Map<string, number>();
    for (const pair of result?.pairs ?? []) {
      assigned.set(pair.reviewerId, (assigned.get(pair.reviewerId) ?? 0) + 1);
    }
    const fresh = (result?.pairs ?? [])
      .filter((pair) => !sentKeys.has(`${pair.applicationId}|${pair.reviewerId}`))
      .map(({ applicationId, reviewerId }) => ({ applicationId, reviewerId }));
    const preview: AssignmentPreview = {
      reviewersPerApplication: r,
      applications: open.map((application) => ({
        id: application.id,
        startupName: startupNameOf(application.profile),
      })),
      reviewers: reviewers.map((reviewer) => ({
        id: reviewer.id,
        name: reviewer.name,
        kind: reviewer.kind,
        maxLoad: reviewer.maxLoad,
        assigned: assigned.get(reviewer.id) ?? 0,
      })),
      pairs: (result?.pairs ?? []).map((pair) => ({
        applicationId: pair.applicationId,
        reviewerId: pair.reviewerId,
        score: pair.score,
        pinned: pins.some(
          (pin) =>
            pin.kind === 'pin' &&
            pin.applicationId === pair.applicationId &&
            pin.reviewerId === pair.reviewerId,
        ),
        reasons: pair.parts.map((part) => ({
          part: part.part,
          points: part.points,
          max: part.max,
          reason: part.reason,
        })),
        invited: sentKeys.has(`${pair.applicationId}|${pair.reviewerId}`),
      })),
      pins,
      conflicts,
      totalScore: result?.totalScore ?? 0,
      problems,
    };
    return { preview, fresh };
  }

  private async assertCall(manager: EntityManager, callId: string, lock = false): Promise<void> {
    const found = await (lock ? lockedCallExists : callExists).all(manager, [callId]);
    if (found.length === 0) throw new NotFoundError(`No call has the id ${callId}`);
  }
}
