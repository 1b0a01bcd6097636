import { Module } from '@nestjs/common';
import { ContactsModule, StartupsModule } from '@kohorte/server';
import { ContactsController } from './contacts.controller';
import { StartupsController } from './startups.controller';

@Module({
  imports: [StartupsModule, ContactsModule],
  controllers: [StartupsController, ContactsController],
})
export class StartupsApiModule {}
