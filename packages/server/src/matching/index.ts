// What this area exports; the package's index re-exports it.
export * from './matching-run.entity';
export * from './match-proposal.entity';
export * from './match-rule.entity';
export * from './matching.module';
export * from './matching-runs.service';
export * from './match-proposals.service';
export * from './matching-run-handler';
export { runEngine, engineThreadsStarted, type EngineRequest } from './engine-thread';
export * from './runs-in-flight';
