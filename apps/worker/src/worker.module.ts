import { Module } from '@nestjs/common';
import { CoreModule, ImportsModule, StartupsModule } from '@kohorte/server';
import { ImportsProcessor } from './imports.processor';
import { StartupsProcessor } from './startups.processor';

/** Everything the worker runs: the shared core, the domain modules and their queue processors. */
@Module({
  imports: [CoreModule, StartupsModule, ImportsModule],
  providers: [StartupsProcessor, ImportsProcessor],
})
export class WorkerModule {}
