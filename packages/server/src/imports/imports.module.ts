import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ImportJobHandler } from './import-job-handler';
import { ImportsService } from './imports.service';

/** Imports for the API (the service) and the worker (the jobs' handler). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, ActivityModule, ProgrammesModule],
  providers: [ImportsService, ImportJobHandler],
  exports: [ImportsService, ImportJobHandler],
})
export class ImportsModule {}
