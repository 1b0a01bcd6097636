import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { ContactsService } from './contacts.service';

/** Founders and other contacts of startups. Needs CoreModule. */
@Module({
  imports: [ActivityModule],
  providers: [ContactsService],
  exports: [ContactsService],
})
export class ContactsModule {}
