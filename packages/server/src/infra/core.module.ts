import { Module } from '@nestjs/common';
import { KohorteConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';

/** What both the API and the worker need: configuration, PostgreSQL, Redis and the job queues. */
@Module({
  imports: [KohorteConfigModule, DatabaseModule, RedisModule, QueueModule],
  exports: [KohorteConfigModule, DatabaseModule, RedisModule, QueueModule],
})
export class CoreModule {}
