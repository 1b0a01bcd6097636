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
import type { Cohort, Page, User } from '@kohorte/contracts';
import { CohortsService } from '@kohorte/server/programmes';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { CreateCohortDto, ListCohortsQueryDto, UpdateCohortDto } from './cohort-input.dto';
import { CohortDto, CohortPageDto } from './programme.response';

/** Cohorts: every signed-in role reads, admins and managers write, admins delete. */
@ApiTags('cohorts')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'cohorts', version: '1' })
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ApiOkResponse({ type: CohortPageDto, description: 'latest start first' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListCohortsQueryDto): Promise<Page<Cohort>> {
    return this.cohorts.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CohortDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<Cohort> {
    return this.cohorts.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: CohortDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields, an unknown programmeId, or endsOn before startsOn',
  })
  create(@Body() dto: CreateCohortDto, @CurrentUser() user: User): Promise<Cohort> {
    return this.cohorts.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CohortDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the capacity is below the startups that already have a place (`capacity`)',
  })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateCohortDto,
    @CurrentUser() user: User,
  ): Promise<Cohort> {
    return this.cohorts.update(id, dto, user.id);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'deleted, with its memberships, pool and mentorships' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async delete(@UuidParam() id: string, @CurrentUser() user: User): Promise<void> {
    await this.cohorts.delete(id, user.id);
  }
}
