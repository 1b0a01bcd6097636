import type { LogLevel } from '@nestjs/common';
import { pino, type Level, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { nestLogLevels } from '../config/log-levels';

/** Nest's level names in pino's words (`log` is pino's `info`). */
const PINO_LEVEL: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * Fields that may hold personal data or credentials, wherever a log call puts them: a safety net
 * behind the request serializers, which log no headers and no bodies in the first place.
 */
const REDACTED_PATHS = [
  'email',
  'password',
  'token',
  'authorization',
  'cookie',
  '*.email',
  '*.password',
  '*.token',
  '*.authorization',
  '*.cookie',
  'req.headers',
  'res.headers',
];

function logFormat(env: NodeJS.ProcessEnv): 'json' | 'pretty' {
  const format = env.LOG_FORMAT || 'pretty';
  if (format !== 'json' && format !== 'pretty') {
    throw new Error(`LOG_FORMAT must be json or pretty, got "${format}"`);
  }
  return format;
}

let processLogger: Logger | undefined;

/**
 * The process's one pino logger: JSON lines when LOG_FORMAT=json (what infra sets, for log
 * shippers), else readable lines for a developer's terminal. Its level is the least severe of
 * LOG_LEVEL. One per process, because `npm start` runs the API and the worker side by side.
 */
export function processRootLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  if (processLogger) return processLogger;
  const levels = nestLogLevels(env);
  const options = {
    // nestLogLevels always names at least one level.
    level: PINO_LEVEL[levels.at(-1) ?? 'log'],
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  processLogger =
    logFormat(env) === 'json'
      ? // Written off the event loop: a synchronous write per line blocks every request whenever
        // the reader of stdout (the container runtime, a log shipper) falls behind. pino flushes
        // what is buffered when the process exits, a crash included.
        pino(options, pino.destination({ sync: false }))
      : // Synchronous: a crash's last lines must reach the terminal before the process exits.
        pino(
          options,
          PinoPretty({
            sync: true,
            singleLine: true,
            ignore: 'pid,hostname',
            translateTime: 'SYS:HH:MM:ss.l',
          }),
        );
  return processLogger;
}
