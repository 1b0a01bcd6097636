import { type DynamicModule, Module } from '@nestjs/common';
import { processRootLogger } from './log-format';
import { METRICS_OWNER, MetricsLifecycle } from './metrics-lifecycle';
import { PinoNestLogger } from './nest-logger';

/**
 * Logs and metrics of an application: pino as Nest's logger, and the process's metrics. `owner`
 * names the application in the metrics. HTTP request lines are the API's (`httpLogging`).
 */
@Module({})
export class ObservabilityModule {
  static forRoot(owner: 'api' | 'worker'): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [
        { provide: METRICS_OWNER, useValue: owner },
        MetricsLifecycle,
        // A factory, so that the logger is made when the app is, after the runner set LOG_LEVEL.
        { provide: PinoNestLogger, useFactory: () => new PinoNestLogger(processRootLogger()) },
      ],
      exports: [PinoNestLogger],
    };
  }
}
