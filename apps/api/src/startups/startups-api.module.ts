import { Module } from '@nestjs/common';
import { ContactsModule } from '@kohorte/server/contacts';
import { StartupsModule } from '@kohorte/server/startups';
import { ContactsController } from './contacts.controller';
import { StartupsController } from './startups.controller';

@Module({
  imports: [StartupsModule, ContactsModule],
  controllers: [StartupsController, ContactsController],
})
export class StartupsApiModule {}
