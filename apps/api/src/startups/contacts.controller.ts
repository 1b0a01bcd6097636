import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { StartupContact, User } from '@kohorte/contracts';
import { ContactsService } from '@kohorte/server/contacts';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { CreateContactDto, StartupContactDto, UpdateContactDto } from './contact.dto';
import { AuditRead } from '../audit/audited.decorator';

/** A startup's founders and contacts: every signed-in role reads, admins and managers write. */
@ApiTags('startups')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'startups/:id/contacts', version: '1' })
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @AuditRead('startup-contacts')
  @ApiOkResponse({ type: [StartupContactDto], description: 'founders first, then by name' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such startup' })
  list(@UuidParam() id: string): Promise<StartupContact[]> {
    return this.contacts.list(id);
  }

  @Post()
  @ApiCreatedResponse({ type: StartupContactDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such startup' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'another contact of the startup has the email',
  })
  create(
    @UuidParam() id: string,
    @Body() dto: CreateContactDto,
    @CurrentUser() user: User,
  ): Promise<StartupContact> {
    return this.contacts.create(id, dto, user.id);
  }

  @Patch(':contactId')
  @ApiOkResponse({ type: StartupContactDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such startup or contact' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'another contact of the startup has the email',
  })
  update(
    @UuidParam() id: string,
    @UuidParam('contactId') contactId: string,
    @Body() dto: UpdateContactDto,
    @CurrentUser() user: User,
  ): Promise<StartupContact> {
    return this.contacts.update(id, contactId, dto, user.id);
  }

  @Delete(':contactId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'removed' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such startup or contact' })
  async remove(
    @UuidParam() id: string,
    @UuidParam('contactId') contactId: string,
    @CurrentUser() user: User,
  ): Promise<void> {
    await this.contacts.remove(id, contactId, user.id);
  }
}
