import { Injectable, Logger } from '@nestjs/common';
import {
  DEFAULT_MATCHING_K,
  FAIRNESS_PENALTY,
  INVESTOR_SCORE_PARTS,
  type MatchingKind,
  type MatchingParameters,
  type MatchingRun,
  type MatchingRunStarted,
  type MatchingWeights,
  MENTOR_SCORE_PARTS,
  type StartMatchingRunRequest,
} from '@kohorte/contracts';
import { DEFAULT_INVESTOR_WEIGHTS, DEFAULT_MENTOR_WEIGHTS } from '@kohorte/matching';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { lockCohort } from '../programmes/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { JobProducer } from '../../infra/queue/job-producer';
import { readRun, readRuns, runNotFound } from './matching-rows';
import { moveProposals } from '../proposals/index';
import { discardRun, failUnqueuedRun, insertRun, lockedRunToCancel } from './matching-queries';

/** The job id of a run: deterministic, so enqueueing it twice yields one job (no ':' allowed). */
export const matchingJobId = (runId: string) => `matching.run.${runId}`;

/** The run's parameters with defaults filled in; weights of the other kind's parts are refused. */
export function runParameters(request: StartMatchingRunRequest): MatchingParameters {
  const parts: readonly string[] =
    request.kind === 'mentors' ? MENTOR_SCORE_PARTS : INVESTOR_SCORE_PARTS;
  const defaults: Record<string, number> =
    request.kind === 'mentors' ? { ...DEFAULT_MENTOR_WEIGHTS } : { ...DEFAULT_INVESTOR_WEIGHTS };
  const given = Object.entries(request.weights ?? {}).filter(([, value]) => value !== undefined);
  const foreign = given.filter(([part]) => !parts.includes(part));
  if (foreign.length > 0) {
    throw invalidFields(
      foreign.map(([part]) => ({
        field: `weights.${part}`,
        messages: [
          `${part} is not a part of the ${request.kind === 'mentors' ? 'mentor' : 'investor'} score; use ${parts.join(', ')}`,
        ],
      })),
    );
  }
  const weights: MatchingWeights = { ...defaults, ...Object.fromEntries(given) };
  if (Object.values(weights).every((value) => value === 0)) {
    throw invalidFields([{ field: 'weights', messages: ['at least one weight must be above 0'] }]);
  }
  // On unless turned off: without it, two mentors can take every place while others get none.
  const fairness = request.fairness ?? true;
  return {
    k: request.k ?? DEFAULT_MATCHING_K,
    minScore: request.minScore ?? 0,
    weights,
    fairness,
    fairnessPenalty: fairness ? FAIRNESS_PENALTY : 0,
    offerNextOnDecline: request.offerNextOnDecline ?? true,
  };
}

/** Matching runs: started here, run by the worker (MatchingRunHandler), read and discarded here. */
@Injectable()
export class MatchingRunsService {
  private readonly logger = new Logger(MatchingRunsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly activity: TimelineRecorder,
  ) {}

  /**
   * Queues a run. The partial unique index on (cohort, kind) over queued and running runs turns a
   * second start into a 409, also when two requests race.
   */
  async start(
    cohortId: string,
    request: StartMatchingRunRequest,
    actorId: string | null,
  ): Promise<MatchingRunStarted> {
    const parameters = runParameters(request);
    const id = await this.dataSource.transaction(async (manager) => {
      await lockCohort(manager, cohortId, 'FOR KEY SHARE');
      try {
        const row = await insertRun.one(manager, [
          cohortId,
          request.kind,
          JSON.stringify(parameters),
          actorId,
        ]);
        return row.id;
      } catch (error) {
        if ((error as { constraint?: string }).constraint === 'matching_runs_active_key') {
          throw fieldConflict(
            'cohort',
            `A ${request.kind === 'mentors' ? 'mentor' : 'investor'} matching run is already queued or running for this cohort; wait for it or discard it`,
          );
        }
        throw error;
      }
    });
    try {
      await this.jobs.enqueue('matching.run', { runId: id }, matchingJobId(id));
    } catch (error) {
      // Not left queued: it would block the next start while no job exists to run it.
      await failUnqueuedRun.run(this.dataSource, [
        id,
        'The job queue was unavailable, so the run never started. Start it again.',
      ]);
      this.logger.warn(`Matching run ${id} could not be queued: ${(error as Error).message}`);
      throw error;
    }
    return { id, status: 'queued' };
  }

  get(id: string): Promise<MatchingRun> {
    return readRun(this.dataSource.manager, id);
  }

  async list(cohortId: string): Promise<MatchingRun[]> {
    await lockCohort(this.dataSource.manager, cohortId, null);
    return readRuns(this.dataSource.manager, cohortId);
  }

  /**
   * Discards a run: its open proposals (proposed, approved) are withdrawn; offers already sent
   * stay. A running run's worker finds it discarded and stores nothing.
   */
  async discard(id: string, actorId: string | null): Promise<MatchingRun> {
    return this.dataSource.transaction(async (manager) => {
      const [run] = await lockedRunToCancel.all(manager, [id]);
      if (!run) throw runNotFound(id);
      if (run.status === 'discarded') throw fieldConflict('status', 'The run is discarded already');
      const withdrawn = await moveProposals(manager, 'withdraw', { runId: id }, 'manager', {
        actorId,
      });
      await discardRun.run(manager, [id]);
      await this.activity.record(manager, {
        subjectType: 'cohort',
        subjectId: run.cohortId,
        kind: 'match',
        actorId,
        data: {
          action: 'discarded',
          runId: id,
          // The row's kind, as started (`StartMatchingRunRequest.kind`).
          kind: run.kind as MatchingKind,
          cohortId: run.cohortId,
          cohortName: run.cohortName,
          withdrawn: withdrawn.length,
        },
      });
      return readRun(manager, id);
    });
  }
}
