import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads, MatchingParameters, MatchingStep } from '@kohorte/contracts';
import {
  type InvestorProfile,
  type MatchPhase,
  type MatchResult,
  MatchingInputError,
  type MentorProfile,
} from '@kohorte/matching';
import { DataSource } from 'typeorm';
import { isOutage } from '../../infra/database/unavailable';
import type { JobDelivery } from '../../infra/queue/job-handlers';
import { VocabulariesService } from '../vocabularies/index';
import { type EngineRequest, runEngine } from './engine-thread';
import { MatchingRunEntity, type StoredRunStats } from './matching-run.entity';
import { engineVocabulary, loadRunInputs, type RunInputs } from './run-inputs';
import {
  deleteRunProposals,
  failRun,
  finishRun,
  insertRunProposals,
  lockedRunStatus,
  reportRunStep,
  startRun,
} from './matching-queries';

export type MatchingRunOutcome = 'done' | 'failed' | 'skipped';

/** A failure the manager can fix (an empty cohort, an empty pool): its message is shown as is. */
export class MatchingRunError extends Error {}

/** Where each step starts on the 0–100 progress bar. */
const STEP_PROGRESS: Record<MatchingStep, number> = {
  loading: 5,
  scoring: 20,
  solving: 40,
  saving: 85,
};

export interface RunProgress {
  progress: number;
  step: MatchingStep | null;
}

/**
 * Handles `matching.run`: claims the run, reads the cohort, runs the engine in a worker thread
 * and stores every proposal in one transaction that first removes any the run had, so a run
 * delivered twice or taken up after its worker died ends with exactly one set.
 */
@Injectable()
export class MatchingRunHandler {
  private readonly logger = new Logger(MatchingRunHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /**
   * The `matching.run` job: a retried, stalled or resumed job is a redelivery; progress goes to
   * the job too.
   */
  handle(payload: JobPayloads['matching.run'], delivery: JobDelivery): Promise<MatchingRunOutcome> {
    const redelivered = delivery.redelivered || payload.resume === true;
    // The job's progress only mirrors the run's row; a Redis that lost the job (restarted empty)
    // must not fail a run whose work and result live in the database.
    return this.run(payload.runId, redelivered, (progress) =>
      delivery.progress({ ...progress }).catch((error: unknown) => {
        this.logger.warn(`Matching run ${payload.runId}: job progress not kept (${String(error)})`);
      }),
    );
  }

  /**
   * Runs a queued run; `redelivered`: BullMQ runs the job again after its worker died (or the
   * stuck-work sweep resumes it), so a run left `running` is taken up again. A run in any other
   * state (done, failed, discarded) is left. An outage of the database or Redis is thrown, not
   * written as the run's failure: the run stays `running` and its job is tried again.
   */
  async run(
    runId: string,
    redelivered = false,
    onProgress: (progress: RunProgress) => Promise<void> = () => Promise.resolve(),
  ): Promise<MatchingRunOutcome> {
    const claimed = await startRun.write(this.dataSource, [
      runId,
      redelivered,
      STEP_PROGRESS.loading,
    ]);
    if (claimed.rows.length === 0) return 'skipped';
    const run = await this.dataSource
      .getRepository(MatchingRunEntity)
      .findOneByOrFail({ id: runId });
    const report = async (step: MatchingStep) => {
      const progress = STEP_PROGRESS[step];
      await reportRunStep.run(this.dataSource, [runId, progress, step]);
      await onProgress({ progress, step });
    };
    // The engine's thread posts each phase as it starts; the reports are written one after the
    // other and all before 'saving' or a failure, so the step never goes back.
    let reports = Promise.resolve();
    try {
      await onProgress({ progress: STEP_PROGRESS.loading, step: 'loading' });
      const loading = performance.now();
      const vocabulary = engineVocabulary(await this.vocabularies.list());
      const inputs = await loadRunInputs(this.dataSource.manager, vocabulary, run);
      const loadMs = Math.round(performance.now() - loading);
      checkInputs(inputs);
      const onPhase = (phase: MatchPhase) => {
        reports = reports
          .then(() => report(phase))
          .catch((error: unknown) =>
            this.logger.warn(`Matching run ${runId}: progress not written (${String(error)})`),
          );
      };
      const started = performance.now();
      const result = await runEngine(engineRequest(inputs, run.parameters), onPhase);
      const engineMs = Math.round(performance.now() - started);
      // Spreading's effect, for the manager: the engine solved the same candidates once more
      // without it and counted the partners that would get a startup. Null when it did not spread.
      const withoutSpreading =
        run.parameters.fairnessPenalty > 0 ? (result.partnersUsedWithoutSpreading ?? null) : null;
      await reports;
      await report('saving');
      const saved = await this.save(run, inputs, result, { loadMs, engineMs }, withoutSpreading);
      if (!saved) return 'skipped';
      await onProgress({ progress: 100, step: null });
      return 'done';
    } catch (error) {
      await reports;
      if (isOutage(error)) throw error;
      return this.fail(runId, failureMessage(error));
    }
  }

  /** Replaces the run's proposals and marks it done, all at once; false when it was discarded meanwhile. */
  private save(
    run: MatchingRunEntity,
    inputs: RunInputs,
    result: MatchResult,
    timing: { loadMs: number; engineMs: number },
    partnersUsedWithoutSpreading: number | null,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const saving = performance.now();
      const [current] = await lockedRunStatus.all(manager, [run.id]);
      if (current?.status !== 'running') return false;
      await deleteRunProposals.run(manager, [run.id]);
      const ranks = new Map<string, number>();
      const rows = result.pairs.map((pair) => {
        const rank = (ranks.get(pair.startupId) ?? 0) + 1;
        ranks.set(pair.startupId, rank);
        return { ...pair, rank };
      });
      if (rows.length > 0) {
        await insertRunProposals[run.kind].run(manager, [
          run.id,
          run.cohortId,
          JSON.stringify(rows),
        ]);
      }
      const stats: StoredRunStats = {
        startups: inputs.startups.length,
        partners: inputs.partners.length,
        excluded: inputs.excluded.length + inputs.rejected.length,
        pinned: inputs.pinned.length,
        ...result.stats,
        ...timing,
        saveMs: Math.round(performance.now() - saving),
        proposals: rows.length,
        shortfalls: result.shortfalls.length,
        partnersUsed: new Set(result.pairs.map((pair) => pair.partnerId)).size,
        partnersUsedWithoutSpreading,
        shortfallList: result.shortfalls,
      };
      await finishRun.run(manager, [run.id, result.totalScore, JSON.stringify(stats)]);
      return true;
    });
  }

  private async fail(runId: string, message: string): Promise<MatchingRunOutcome> {
    this.logger.warn(`Matching run ${runId} failed: ${message}`);
    await failRun.run(this.dataSource, [runId, message]);
    return 'failed';
  }
}

function checkInputs(inputs: RunInputs): void {
  if (inputs.startups.length === 0) {
    throw new MatchingRunError(
      'The cohort has no startups in accepted or active: accept startups on the cohort board, then start the run again.',
    );
  }
  if (inputs.partners.length === 0) {
    throw new MatchingRunError(
      inputs.kind === 'mentors'
        ? "The mentor pool is empty: add active mentors who are available during the cohort to the cohort's pool, then start the run again."
        : 'There are no active investors: add investors or set them active, then start the run again.',
    );
  }
}

function engineRequest(inputs: RunInputs, parameters: MatchingParameters): EngineRequest {
  const params = {
    k: parameters.k,
    minScore: parameters.minScore,
    fairnessPenalty: parameters.fairnessPenalty,
    excluded: inputs.excluded,
    pinned: inputs.pinned,
    rejected: inputs.rejected,
    // Alternatives for a swap are computed when a manager asks, against the places left then.
    alternatives: 0,
  };
  const common = { startups: inputs.startups, vocabulary: inputs.vocabulary, params };
  const maxPerStartup = shortlistSize(inputs.startups.length, inputs.partners.length, params.k);
  const partnersWithoutSpreading = parameters.fairnessPenalty > 0;
  return inputs.kind === 'mentors'
    ? {
        kind: 'mentors',
        maxPerStartup,
        partnersWithoutSpreading,
        input: {
          ...common,
          mentors: inputs.partners.map((partner) => partner.profile) as MentorProfile[],
          weights: parameters.weights,
        },
      }
    : {
        kind: 'investors',
        maxPerStartup,
        partnersWithoutSpreading,
        input: {
          ...common,
          investors: inputs.partners.map((partner) => partner.profile) as InvestorProfile[],
          weights: parameters.weights,
        },
      };
}

/** Above this many pairs a run keeps only each startup's best candidates (see shortlistSize). */
export const SHORTLIST_FROM_PAIRS = 1_000_000;

/**
 * How many candidates per startup a large run keeps: every pair is still scored, but the solver
 * sees only each startup's best, so a 10,000 × 2,000 cohort is solved on 500,000 arcs instead of
 * 20 million (and the worker holds those, not all). The optimum is exact within the shortlist;
 * `npm run bench:matching-job` measures what it costs against longer shortlists (on its
 * 10,000 × 2,000 pools: 0.004 % of the total score against 100 or 200 per startup, which agree).
 */
export function shortlistSize(startups: number, partners: number, k: number): number | undefined {
  if (startups * partners <= SHORTLIST_FROM_PAIRS) return undefined;
  return Math.max(50, 10 * k);
}

/** What the manager reads: our own and the engine's messages as they are, anything else briefly. */
function failureMessage(error: unknown): string {
  if (error instanceof MatchingRunError) return error.message;
  if (error instanceof MatchingInputError) {
    return `The run's rules contradict each other: ${error.issues.map((issue) => issue.message.en).join('; ')}. Remove the pin or change the parameters, then start the run again.`;
  }
  return `The run stopped unexpectedly (${(error as Error).message ?? String(error)}). Start it again; if it fails again, tell your administrator.`;
}
