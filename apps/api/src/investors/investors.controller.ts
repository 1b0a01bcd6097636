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
import type { Investor, ListPage, User } from '@kohorte/contracts';
import { InvestorsService } from '@kohorte/server/investors';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { ListInvestorsQueryDto } from './list-investors.query';
import { CreateInvestorDto, UpdateInvestorDto } from './investor-input.dto';
import { InvestorDto, InvestorPageDto } from './investor.response';
import { AuditRead } from '../audit/audited.decorator';

/** Investor profiles: every signed-in role reads, admins and managers write, admins erase. */
@ApiTags('investors')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not do this, or CSRF token invalid',
})
@Controller({ path: 'investors', version: '1' })
export class InvestorsController {
  constructor(private readonly investors: InvestorsService) {}

  @Get()
  @ApiOkResponse({ type: InvestorPageDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListInvestorsQueryDto): Promise<ListPage<Investor>> {
    return this.investors.list(query);
  }

  @Get(':id')
  @AuditRead('investor')
  @ApiOkResponse({ type: InvestorDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'the id is not a UUID' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<Investor> {
    return this.investors.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: InvestorDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields, unknown vocabulary keys or tags',
  })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the email is taken' })
  create(@Body() dto: CreateInvestorDto, @CurrentUser() user: User): Promise<Investor> {
    return this.investors.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: InvestorDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields, unknown vocabulary keys or tags',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the email is taken' })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateInvestorDto,
    @CurrentUser() user: User,
  ): Promise<Investor> {
    return this.investors.update(id, dto, user.id);
  }

  @Post(':id/archive')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InvestorDto, description: 'archived (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  archive(@UuidParam() id: string, @CurrentUser() user: User): Promise<Investor> {
    return this.investors.archive(id, user.id);
  }

  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InvestorDto, description: 'current again (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  restore(@UuidParam() id: string, @CurrentUser() user: User): Promise<Investor> {
    return this.investors.restore(id, user.id);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'erased: the investor and their timeline',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async remove(@UuidParam() id: string, @CurrentUser() user: User): Promise<void> {
    await this.investors.remove(id, user.id);
  }
}
