import { Injectable } from '@nestjs/common';
import {
  checkField,
  type MoveInRankingRequest,
  type RankedApplication,
  type Ranking,
  type Recommendation,
  REVIEW_FIELDS,
  RUBRIC_SCALE,
} from '@kohorte/contracts';
import { type CalibratedApplication, calibrateScores } from '@kohorte/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { fieldError, reviewConflict } from './review-errors';
import {
  reviewableApplications,
  reviewersOf,
  reviewsOfCall,
  rubricOf,
  startupNameOf,
} from './review-rows';
import { callExists, rankingMoves } from './review-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';
import { setCommitteeOrder } from './review-queries';

// Reviewers disagree when their calibrated scores differ by 30 % of the scale (1.2 on 1–5).
const DISAGREEMENT = 0.3 * (RUBRIC_SCALE.max - RUBRIC_SCALE.min);

/**
 * The ranking of a call's reviewed applications: per application the raw mean of its submitted
 * reviews and the calibrated score with each reviewer's offset and scale removed
 * (`calibrateScores`: a regularised additive reviewer-effect model), how many reviews it rests
 * on, and a disagreement flag. The committee may move an application, saying why; from then on
 * its order is the committee's (each move on the application's timeline).
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  async ranking(callId: string): Promise<Ranking> {
    return this.rankingOf(this.dataSource.manager, callId);
  }

  /** Moves an application to a position (1 = first); 400 for a position or reason out of range. */
  async move(callId: string, request: MoveInRankingRequest, actorId: string): Promise<Ranking> {
    const reason = checkField(REVIEW_FIELDS.rankingReason, request.reason);
    if (!reason.ok) {
      throw invalidFields([fieldError('reason', reason.reason.code, reason.reason.params)]);
    }
    await this.dataSource.transaction(async (manager) => {
      const rubric = await rubricOf(manager, callId, true);
      if (!rubric) {
        await this.assertCall(manager, callId);
        throw reviewConflict('criteria', 'noRubric');
      }
      const ranking = await this.rankingOf(manager, callId);
      const order = ranking.applications.map((application) => application.applicationId);
      const from = order.indexOf(request.applicationId);
      if (from < 0) {
        throw invalidFields([
          fieldError('applicationId', 'notReviewable', { value: request.applicationId }),
        ]);
      }
      if (
        !Number.isInteger(request.position) ||
        request.position < 1 ||
        request.position > order.length
      ) {
        throw invalidFields([fieldError('position', 'positionRange', { max: order.length })]);
      }
      order.splice(from, 1);
      order.splice(request.position - 1, 0, request.applicationId);
      await setCommitteeOrder.run(manager, [callId, order]);
      await this.activity.record(manager, {
        subjectType: 'application',
        subjectId: request.applicationId,
        kind: 'review',
        actorId,
        body: reason.value as string,
        data: { action: 'ranking-moved', from: from + 1, to: request.position },
      });
    });
    return this.ranking(callId);
  }

  private async rankingOf(manager: EntityManager, callId: string): Promise<Ranking> {
    await this.assertCall(manager, callId);
    const applications = await reviewableApplications(manager, callId);
    const reviewers = await reviewersOf(manager, callId);
    const reviews = (await reviewsOfCall(manager, callId)).filter((review) => !review.conflict);
    const submitted = reviews.filter(
      (review) => review.submittedAt !== null && review.overall !== null,
    );
    const known = new Set(applications.map((application) => application.id));
    const calibration = calibrateScores(
      submitted
        .filter((review) => known.has(review.applicationId))
        .map((review) => ({
          applicationId: review.applicationId,
          reviewerId: review.reviewerId,
          score: review.overall!,
        })),
      { scale: RUBRIC_SCALE, disagreement: DISAGREEMENT },
    );
    const calibrated = new Map<string, CalibratedApplication>(
      calibration.applications.map((entry) => [entry.applicationId, entry]),
    );
    // The calibrated order first; applications without a submitted review after, oldest first.
    const base = [
      ...calibration.applications.map((entry) => entry.applicationId),
      ...applications.map((a) => a.id).filter((id) => !calibrated.has(id)),
    ];
    const rubric = await rubricOf(manager, callId);
    const committee = (rubric?.committeeOrder ?? []).filter((id) => known.has(id));
    const order = [...committee, ...base.filter((id) => !committee.includes(id))];
    const moves = await rankingMoves.all(manager, [order]);
    const moved = new Map(moves.map((move) => [move.applicationId, move]));
    const byId = new Map(applications.map((application) => [application.id, application]));
    const ranked: RankedApplication[] = order.map((id, index) => {
      const application = byId.get(id)!;
      const entry = calibrated.get(id);
      const own = reviews.filter((review) => review.applicationId === id);
      const recommendations: Partial<Record<Recommendation, number>> = {};
      for (const review of own) {
        if (review.submittedAt && review.recommendation) {
          recommendations[review.recommendation] =
            (recommendations[review.recommendation] ?? 0) + 1;
        }
      }
      const move = moved.get(id);
      return {
        applicationId: id,
        startupName: startupNameOf(application.profile),
        status: application.status,
        position: index + 1,
        calibratedRank: entry?.rank ?? null,
        rawMean: entry ? round(entry.rawMean) : null,
        calibrated: entry ? round(entry.calibrated) : null,
        reviews: entry?.reviews ?? 0,
        assigned: own.length,
        spread: entry ? round(entry.spread) : null,
        disagreement: entry?.disagreement ?? false,
        moved: move
          ? { reason: move.reason, by: move.by, at: new Date(move.at).toISOString() }
          : null,
        recommendations,
      };
    });
    const names = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
    return {
      applications: ranked,
      reviewers: calibration.reviewers.map((effect) => ({
        reviewerId: effect.reviewerId,
        name: names.get(effect.reviewerId) ?? '',
        reviews: effect.reviews,
        offset: round(effect.offset),
        scale: round(effect.scale),
      })),
      disagreementAt: DISAGREEMENT,
    };
  }

  private async assertCall(manager: EntityManager, callId: string): Promise<void> {
    const found = await callExists.all(manager, [callId]);
    if (found.length === 0) throw new NotFoundError(`No call has the id ${callId}`);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
