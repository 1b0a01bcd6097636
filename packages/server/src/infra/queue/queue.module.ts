import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QUEUES } from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { JobOutboxRelay } from './job-outbox-relay';
import { JobProducer } from './job-producer';
import { QueueErrorLog } from './queue-error-log';

/** BullMQ on Redis: every queue of QUEUES registered, and the one producer that enqueues jobs. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [KOHORTE_CONFIG],
      useFactory: (config: KohorteConfig) => ({
        connection: { url: config.redisUrl },
        prefix: config.redisPrefix,
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  providers: [JobProducer, JobOutboxRelay, QueueErrorLog],
  exports: [JobProducer, JobOutboxRelay, BullModule],
})
export class QueueModule {}
