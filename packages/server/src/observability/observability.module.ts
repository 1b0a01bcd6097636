import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { httpLoggingParams } from './http-logging';
import { processRootLogger } from './log-format';
import { METRICS_OWNER, MetricsLifecycle } from './metrics-lifecycle';

/**
 * Logs and metrics of an application: pino as Nest's logger (with one line per HTTP request, where
 * there is HTTP), and the process's metrics. `owner` names the application in the metrics.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(owner: 'api' | 'worker'): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        // A factory, so that the logger is made when the app is, after the runner set LOG_LEVEL.
        LoggerModule.forRootAsync({ useFactory: () => httpLoggingParams(processRootLogger()) }),
      ],
      providers: [{ provide: METRICS_OWNER, useValue: owner }, MetricsLifecycle],
      exports: [LoggerModule],
    };
  }
}
