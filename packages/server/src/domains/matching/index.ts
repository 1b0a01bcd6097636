// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/matching.
export * from './matching-run.entity';
export * from './match-proposal.entity';
export * from './match-rule.entity';
export * from './matching.module';
export * from './matching-runs.service';
export * from './match-proposals.service';
export * from './matching-run-handler';
export { runEngine, engineThreadsStarted, type EngineRequest } from './engine-thread';
export * from './runs-in-flight';
export * from './matching-queries';
export * from './matching-rows';
export * from './run-inputs';
