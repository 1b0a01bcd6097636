import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { MentorsService } from './mentors.service';

/** Mentors for the API (and the export). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, ActivityModule],
  providers: [MentorsService],
  exports: [MentorsService],
})
export class MentorsModule {}
