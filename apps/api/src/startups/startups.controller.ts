import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ListPage, Startup, StartupListItem, User } from '@kohorte/contracts';
import { StartupsService } from '@kohorte/server/startups';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { ListStartupsQueryDto } from './list-startups.query';
import { CreateStartupDto, UpdateStartupDto } from './startup-input.dto';
import { StartupDto, StartupPageDto } from './startup.response';
import { AuditRead } from '../audit/audited.decorator';

/** Startup profiles: every signed-in role reads, admins and managers write. */
@ApiTags('startups')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'startups', version: '1' })
export class StartupsController {
  constructor(private readonly startups: StartupsService) {}

  @Get()
  @ApiOkResponse({ type: StartupPageDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListStartupsQueryDto): Promise<ListPage<StartupListItem>> {
    return this.startups.list(query);
  }

  @Get(':id')
  @AuditRead('startup')
  @ApiOkResponse({ type: StartupDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'the id is not a UUID' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<Startup> {
    return this.startups.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: StartupDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields or unknown vocabulary keys',
  })
  create(@Body() dto: CreateStartupDto, @CurrentUser() user: User): Promise<Startup> {
    return this.startups.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: StartupDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields or unknown vocabulary keys',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateStartupDto,
    @CurrentUser() user: User,
  ): Promise<Startup> {
    return this.startups.update(id, dto, user.id);
  }

  @Post(':id/archive')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StartupDto, description: 'archived (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  archive(@UuidParam() id: string, @CurrentUser() user: User): Promise<Startup> {
    return this.startups.archive(id, user.id);
  }

  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StartupDto, description: 'active again (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  restore(@UuidParam() id: string, @CurrentUser() user: User): Promise<Startup> {
    return this.startups.restore(id, user.id);
  }

  /** Erasure (GDPR): admins only. Archiving is the everyday way to retire a startup. */
  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'erased, with its contacts, memberships, mentorships and timeline',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async remove(@UuidParam() id: string, @CurrentUser() user: User): Promise<void> {
    await this.startups.remove(id, user.id);
  }
}
