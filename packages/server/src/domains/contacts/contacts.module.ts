import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { ContactsService } from './contacts.service';

/** Founders and other contacts of startups. Needs CoreModule. */
@Module({
  imports: [TimelineModule],
  providers: [ContactsService],
  exports: [ContactsService],
})
export class ContactsModule {}
