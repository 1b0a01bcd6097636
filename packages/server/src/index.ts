/** The NestJS modules, entities and migrations that the Kohorte API and worker share. */
export * from './config/kohorte-config';
export * from './config/config.module';
export * from './core.module';
export * from './database/data-source-options';
export * from './database/entities';
export * from './database/run-migrations';
export * from './redis/redis.module';
export * from './queue/queue.module';
export * from './queue/job-producer';
export * from './health/health.module';
export * from './health/health.service';
