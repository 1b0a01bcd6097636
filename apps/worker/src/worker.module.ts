import { Module } from '@nestjs/common';
import { CoreModule, StartupsModule } from '@kohorte/server';
import { StartupsProcessor } from './startups.processor';

/** Everything the worker runs: the shared core, the domain modules and their queue processors. */
@Module({
  imports: [CoreModule, StartupsModule],
  providers: [StartupsProcessor],
})
export class WorkerModule {}
