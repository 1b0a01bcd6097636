import { Module } from '@nestjs/common';
import { FounderProfileModule, VocabulariesModule } from '@kohorte/server';
import { ProfileRequestsController } from './profile-requests.controller';
import { PublicProfileController } from './public-profile.controller';

/** Links sent by email: the public pages' endpoints and the staff side that sends the links. */
@Module({
  imports: [FounderProfileModule, VocabulariesModule],
  controllers: [PublicProfileController, ProfileRequestsController],
})
export class LinksApiModule {}
