import { Module } from '@nestjs/common';
import { MailModule } from '@kohorte/server/mail';
import { MailboxController } from './mailbox.controller';

@Module({
  imports: [MailModule],
  controllers: [MailboxController],
})
export class MailApiModule {}
