// What the apps import from this part as @kohorte/server/queue.
export * from './queue.module';
export * from './job-producer';
export * from './job-handlers';
export * from './job-outbox-relay';
export * from './job-outbox.entity';
export * from './connection-errors';
