import { Injectable } from '@nestjs/common';
import {
  type AnswerValue,
  type CallQuestion,
  type CriterionScore,
  type FieldRule,
  type DeclareConflictRequest,
  type LocalizedText,
  REVIEW_FIELDS,
  reviewErrors,
  type ReviewerView,
  type ReviewTask,
  type SaveReviewRequest,
  checkField,
  weightedScore,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { CallEntity } from '../applications/index';
import { toFieldErrors } from '../applications/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import type { LinkGrant } from '../../infra/links/link-tokens';
import { fieldError, reviewConflict } from './review-errors';
import {
  type ReviewerRow,
  reviewerRow,
  reviewOf,
  reviewsOfReviewer,
  rubricOf,
  startupNameOf,
} from './review-rows';
import { applicationFile, applicationsToReview, filesOfApplications } from './review-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';
import { declareConflict, saveReview, withdrawConflict } from './review-queries';

/** Who the timeline names for what a reviewer does through their link. */
export const REVIEWER_ACTOR_LABEL = 'reviewer';

/** An answer as the reviewer reads it: text, the chosen options' labels, yes/no. */
function answerText(question: CallQuestion, value: AnswerValue, locale: 'de' | 'en'): string {
  if (value === null || value === undefined) return '';
  const label = (key: string) =>
    question.options?.find((option) => option.key === key)?.label[locale] ?? key;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (question.kind === 'yesNo') {
    const yes = locale === 'de' ? 'Ja' : 'Yes';
    const no = locale === 'de' ? 'Nein' : 'No';
    return value === 'yes' ? yes : value === 'no' ? no : String(value);
  }
  if (question.kind === 'singleChoice') return label(String(value));
  return String(value);
}

/**
 * What a reviewer does through their link, without an account: reads the applications assigned
 * to them with the call's rubric, scores each criterion with a comment, recommends, and submits;
 * or declares a conflict of interest instead. Blind: the page shows only the reviewer's own
 * reviews, never another's.
 */
@Injectable()
export class ReviewerLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly activity: TimelineRecorder,
  ) {}

  /** Changes nothing: mail scanners open links. */
  async view(caller: LinkCaller): Promise<ReviewerView> {
    const grant = await this.gate.open(caller.token, 'review', caller.ip);
    return this.viewOf(this.dataSource.manager, grant);
  }

  /** Saves a review (a draft), or with `submit` submits it; 409 once submitted. */
  async save(
    caller: LinkCaller,
    applicationId: string,
    request: SaveReviewRequest,
  ): Promise<ReviewerView> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'review', caller.ip);
      const reviewer = await this.reviewer(manager, grant);
      const review = await reviewOf(manager, applicationId, reviewer.id, true);
      if (!review) throw invalidFields([fieldError('applicationId', 'notAssigned')]);
      if (review.submittedAt) throw reviewConflict('submit', 'reviewSubmitted');
      if (review.conflict) throw reviewConflict('conflict', 'pinConflict');
      const rubric = await rubricOf(manager, reviewer.callId);
      const criteria = rubric?.criteria ?? [];
      const errors = reviewErrors(criteria, request);
      if (errors.length > 0) throw invalidFields(toFieldErrors(errors));
      // The rules passed: each value is what its rule makes of it (trimmed, a number).
      const valueOf = (rule: FieldRule, value: unknown) =>
        (checkField(rule, value) as { value: unknown }).value;
      const scores: Record<string, CriterionScore> = {};
      for (const [key, given] of Object.entries(request.scores ?? {})) {
        scores[key] = {
          score: valueOf(REVIEW_FIELDS.score, given?.score) as number | null,
          comment: valueOf(REVIEW_FIELDS.comment, given?.comment) as string | null,
        };
      }
      const comment = valueOf(REVIEW_FIELDS.comment, request.comment) as string | null;
      const overall = request.submit ? weightedScore(criteria, scores) : null;
      await saveReview.run(manager, [
        review.id,
        JSON.stringify(scores),
        request.recommendation,
        comment,
        overall,
        request.submit,
      ]);
      if (request.submit) {
        await this.activity.record(manager, {
          subjectType: 'application',
          subjectId: applicationId,
          kind: 'review',
          actorId: null,
          actorLabel: REVIEWER_ACTOR_LABEL,
          data: { action: 'review-submitted', reviewerId: reviewer.id },
        });
      }
      return this.viewOf(manager, grant);
    });
  }

  /** Declares (or withdraws) a conflict of interest with an assigned application. */
  async declareConflict(
    caller: LinkCaller,
    applicationId: string,
    request: DeclareConflictRequest,
  ): Promise<ReviewerView> {
    const note = checkField(REVIEW_FIELDS.conflictNote, request.note);
    if (!note.ok) throw invalidFields([fieldError('note', note.reason.code, note.reason.params)]);
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'review', caller.ip);
      const reviewer = await this.reviewer(manager, grant);
      const review = await reviewOf(manager, applicationId, reviewer.id, true);
      if (!review) throw invalidFields([fieldError('applicationId', 'notAssigned')]);
      if (review.submittedAt) throw reviewConflict('submit', 'reviewSubmitted');
      if (request.conflict) {
        await declareConflict.run(manager, [applicationId, reviewer.id, note.value]);
      } else {
        await withdrawConflict.run(manager, [applicationId, reviewer.id]);
      }
      await this.activity.record(manager, {
        subjectType: 'application',
        subjectId: applicationId,
        kind: 'review',
        actorId: null,
        actorLabel: REVIEWER_ACTOR_LABEL,
        data: {
          action: request.conflict ? 'conflict-declared' : 'conflict-withdrawn',
          reviewerId: reviewer.id,
        },
      });
      return this.viewOf(manager, grant);
    });
  }

  /**
   * An uploaded deck of an application assigned to the reviewer (changes nothing); 404 for one
   * not assigned, or where the reviewer declared a conflict.
   */
  async file(
    caller: LinkCaller,
    applicationId: string,
    questionKey: string,
  ): Promise<{ fileName: string; content: Buffer }> {
    const grant = await this.gate.open(caller.token, 'review', caller.ip);
    const manager = this.dataSource.manager;
    const reviewer = await this.reviewer(manager, grant);
    const review = await reviewOf(manager, applicationId, reviewer.id);
    if (!review || review.conflict) {
      throw new NotFoundError(`No deck of ${applicationId} is open to this reviewer`);
    }
    const [row] = await applicationFile.all(manager, [applicationId, questionKey]);
    if (!row) throw new NotFoundError(`The application has no file for ${questionKey}`);
    return row;
  }

  private async reviewer(manager: EntityManager, grant: LinkGrant): Promise<ReviewerRow> {
    const reviewer = await reviewerRow(manager, grant.subjectId);
    // Removed since the link was sent: the link reaches nothing.
    if (!reviewer) throw new LinkFailedError('unknown');
    return reviewer;
  }

  private async viewOf(manager: EntityManager, grant: LinkGrant): Promise<ReviewerView> {
    const reviewer = await this.reviewer(manager, grant);
    const call = await manager.findOneOrFail(CallEntity, { where: { id: reviewer.callId } });
    const rubric = await rubricOf(manager, reviewer.callId);
    const reviews = await reviewsOfReviewer(manager, reviewer.id);
    const applications = await applicationsToReview.all(manager, [
      reviews.map((review) => review.applicationId),
    ]);
    const byId = new Map(applications.map((application) => [application.id, application]));
    const files = await filesOfApplications.all(manager, [
      reviews.map((review) => review.applicationId),
    ]);
    const locale = reviewer.locale;
    const tasks: ReviewTask[] = [];
    for (const review of reviews) {
      const application = byId.get(review.applicationId);
      if (!application) continue;
      const profile = application.profile;
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
      const answers: { label: LocalizedText; value: string }[] = [];
      for (const question of call.questions) {
        if (question.kind === 'pitchDeck' || question.excludingAnswers?.length) continue;
        const value = answerText(question, application.answers[question.key] ?? null, locale);
        if (value !== '') answers.push({ label: question.label, value });
      }
      tasks.push({
        applicationId: review.applicationId,
        startupName: startupNameOf(profile),
        oneLiner: text(profile.oneLiner),
        description: text(profile.description),
        website: text(profile.website),
        stage: text(profile.stage),
        sectors: list(profile.sectors),
        topics: list(profile.topics),
        answers,
        // A reviewer who declared a conflict no longer reads the deck.
        files: review.conflict
          ? []
          : files
              .filter((file) => file.applicationId === review.applicationId)
              .map((file) => ({
                questionKey: file.questionKey,
                fileName: file.fileName,
                label: call.questions.find((q) => q.key === file.questionKey)?.label ?? {
                  de: file.questionKey,
                  en: file.questionKey,
                },
              })),
        scores: review.scores,
        recommendation: review.recommendation,
        comment: review.comment,
        submittedAt: review.submittedAt?.toISOString() ?? null,
        conflict: review.conflict,
      });
    }
    return {
      reviewerName: reviewer.name,
      locale,
      callTitle: call.title,
      rubric: rubric?.criteria ?? [],
      reviewDeadline: rubric?.reviewDeadline?.toISOString() ?? null,
      tasks,
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }
}
