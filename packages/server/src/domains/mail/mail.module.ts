import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailOutbox } from './mail-outbox';
import { MailPreview } from './mail-preview';
import { MailRenderer } from './mail-renderer';
import { MailSendHandler } from './mail-send-handler';
import { MailSweeper } from './mail-sweeper';
import { MailTransport } from './mail-transport';
import { MailboxService } from './mailbox.service';

/**
 * Email: the outbox every service writes through (API and worker), the send job's handler and
 * sweep (worker), and the mailbox reads (API). Needs CoreModule.
 */
@Module({
  imports: [TimelineModule, LinksModule],
  providers: [
    MailOutbox,
    MailRenderer,
    MailPreview,
    MailTransport,
    MailSendHandler,
    MailSweeper,
    MailboxService,
  ],
  exports: [
    MailOutbox,
    MailRenderer,
    MailPreview,
    MailTransport,
    MailSendHandler,
    MailSweeper,
    MailboxService,
  ],
})
export class MailModule {}
