import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { MailboxMessage, MailboxPage } from '@kohorte/contracts';
import { MailboxService } from '@kohorte/server/mail';
import { Roles } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { MailboxMessageDto, MailboxPageDto, MailboxQueryDto } from './mailbox.dto';

/**
 * The outbox, for admins: without SMTP_URL the development mailbox (every mail with its links);
 * with SMTP what went out or failed. Mails hold other people's data and links, hence admins only.
 */
@ApiTags('mailbox')
@ApiCookieAuth()
@ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'not an admin' })
@Roles('admin')
@Controller({ path: 'mailbox', version: '1' })
export class MailboxController {
  constructor(private readonly mailbox: MailboxService) {}

  @Get()
  @ApiOkResponse({ type: MailboxPageDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: MailboxQueryDto): Promise<MailboxPage> {
    return this.mailbox.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: MailboxMessageDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<MailboxMessage> {
    return this.mailbox.get(id);
  }
}
