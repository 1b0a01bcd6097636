import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { MentorsService } from './mentors.service';

/** Mentors for the API (and the export). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, ActivityModule, PrivacyModule],
  providers: [MentorsService],
  exports: [MentorsService],
})
export class MentorsModule {}
