import type { Logger as PinoLogger } from 'pino';
import type { LoggerOptions, Logger as TypeOrmLogger } from 'typeorm';
import { processRootLogger } from './log-format';
import { currentRequestId } from './request-context';

/**
 * TypeORM's messages through the process's pino logger, like every other line: one format for the
 * log shipper, and no console writes (TypeORM's default logger prints coloured text to `console`).
 * Query parameters are never written: they carry people's names and emails (GDPR). TypeORM hands
 * a custom logger everything; `logging` (TypeORM's option of the same name) says what is written.
 */
export class PinoTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly logging: LoggerOptions,
    private readonly logger: PinoLogger = processRootLogger(),
  ) {}

  logQuery(query: string): void {
    if (this.enabled('query')) this.logger.info(this.fields({ sql: query }), 'SQL');
  }

  logQueryError(error: string | Error, query: string): void {
    if (!this.enabled('error')) return;
    const message = typeof error === 'string' ? error : error.message;
    this.logger.warn(this.fields({ sql: query }), `Query failed: ${message}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(this.fields({ sql: query, durationMs: time }), 'Slow query');
  }

  logSchemaBuild(message: string): void {
    if (this.enabled('schema')) this.logger.info(this.fields(), message);
  }

  logMigration(message: string): void {
    if (this.enabled('migration')) this.logger.info(this.fields(), message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (!this.enabled(level)) return;
    const text = message instanceof Error ? message.message : String(message);
    if (level === 'warn') this.logger.warn(this.fields(), text);
    else this.logger.info(this.fields(), text);
  }

  private enabled(kind: 'query' | 'error' | 'schema' | 'migration' | 'log' | 'info' | 'warn') {
    const { logging } = this;
    return (
      logging === 'all' || logging === true || (Array.isArray(logging) && logging.includes(kind))
    );
  }

  private fields(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { context: 'TypeORM', requestId: currentRequestId(), ...extra };
  }
}
