import type { LogLevel } from '@nestjs/common';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * The Nest log levels to print, from LOG_LEVEL (the least severe level shown). Defaults to `log`,
 * and to `warn` under tests; the local runner sets `warn` so its own lines stay readable.
 */
export function nestLogLevels(env: NodeJS.ProcessEnv = process.env): LogLevel[] {
  const wanted = (env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'log')) as LogLevel;
  const index = LEVELS.indexOf(wanted);
  if (index < 0) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${wanted}"`);
  return LEVELS.slice(0, index + 1);
}
