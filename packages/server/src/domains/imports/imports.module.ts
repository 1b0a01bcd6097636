import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { ProgrammesModule } from '../programmes/index';
import { VocabulariesModule } from '../vocabularies/index';
import { ImportJobHandler } from './import-job-handler';
import { ImportsService } from './imports.service';

/** Imports for the API (the service) and the worker (the jobs' handler). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, TimelineModule, ProgrammesModule],
  providers: [ImportsService, ImportJobHandler],
  exports: [ImportsService, ImportJobHandler],
})
export class ImportsModule {}
