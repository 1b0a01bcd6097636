import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { PrivacyModule } from '../privacy/index';
import { VocabulariesModule } from '../vocabularies/index';
import { MentorsService } from './mentors.service';

/** Mentors for the API (and the export). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, TimelineModule, PrivacyModule],
  providers: [MentorsService],
  exports: [MentorsService],
})
export class MentorsModule {}
