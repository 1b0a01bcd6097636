import { Module } from '@nestjs/common';
import { FounderProfileModule } from '@kohorte/server/founder-profile';
import { VocabulariesModule } from '@kohorte/server/vocabularies';
import { ProfileRequestsController } from './profile-requests.controller';
import { PublicProfileController } from './public-profile.controller';

/** The startup profile a founder edits through an email link, and the staff side that sends those links. */
@Module({
  imports: [FounderProfileModule, VocabulariesModule],
  controllers: [PublicProfileController, ProfileRequestsController],
})
export class FounderProfileApiModule {}
