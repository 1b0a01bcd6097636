import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';
import { currentRequestId } from './request-context';

// What Nest's own ConsoleLogger takes for a stack trace passed as a plain string.
const STACK_TRACE = /^(.)+\n\s+at .+:\d+:\d+/;

/**
 * Nest's logger, written through the process's pino logger. Nest calls it as `log(message,
 * context)` or `error(message, stack, context)`; each call becomes one record with the context
 * and, inside a request, the request's id, so that a request's lines can be found together.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const rest = [...params];
    // Nest puts the context last; the logger of a class always passes one.
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = { context, requestId: currentRequestId() };
    const stack = rest.find((param) => typeof param === 'string' && STACK_TRACE.test(param));
    if (stack) fields.stack = stack;

    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      // Structured calls (`logger.log({ queue, count }, 'Context')`) keep their fields.
      const { msg, message: text, ...data } = message as Record<string, unknown>;
      const line = typeof msg === 'string' ? msg : typeof text === 'string' ? text : '';
      this.logger[level]({ ...data, ...fields }, line);
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
