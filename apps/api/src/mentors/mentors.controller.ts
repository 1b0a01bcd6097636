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
import type { Mentee, Mentor, ListPage, User } from '@kohorte/contracts';
import { MentorsService } from '@kohorte/server/mentors';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { ListMentorsQueryDto } from './list-mentors.query';
import { CreateMentorDto, UpdateMentorDto } from './mentor-input.dto';
import { MenteeDto, MentorDto, MentorPageDto } from './mentor.response';
import { AuditRead } from '../audit/audited.decorator';

/** Mentor profiles: every signed-in role reads, admins and managers write, admins erase. */
@ApiTags('mentors')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not do this, or CSRF token invalid',
})
@Controller({ path: 'mentors', version: '1' })
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  @Get()
  @ApiOkResponse({ type: MentorPageDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListMentorsQueryDto): Promise<ListPage<Mentor>> {
    return this.mentors.list(query);
  }

  @Get(':id')
  @AuditRead('mentor')
  @ApiOkResponse({ type: MentorDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'the id is not a UUID' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<Mentor> {
    return this.mentors.get(id);
  }

  @Get(':id/mentees')
  @ApiOkResponse({ type: [MenteeDto], description: 'current mentees first, then past ones' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'the id is not a UUID' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  mentees(@UuidParam() id: string): Promise<Mentee[]> {
    return this.mentors.mentees(id);
  }

  @Post()
  @ApiCreatedResponse({ type: MentorDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields, unknown vocabulary keys or tags',
  })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the email is taken' })
  create(@Body() dto: CreateMentorDto, @CurrentUser() user: User): Promise<Mentor> {
    return this.mentors.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: MentorDto })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid fields, unknown vocabulary keys or tags',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the email is taken' })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateMentorDto,
    @CurrentUser() user: User,
  ): Promise<Mentor> {
    return this.mentors.update(id, dto, user.id);
  }

  @Post(':id/archive')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MentorDto, description: 'archived (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  archive(@UuidParam() id: string, @CurrentUser() user: User): Promise<Mentor> {
    return this.mentors.archive(id, user.id);
  }

  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MentorDto, description: 'current again (also when it already was)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  restore(@UuidParam() id: string, @CurrentUser() user: User): Promise<Mentor> {
    return this.mentors.restore(id, user.id);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'erased: the mentor, their pool places, mentorships and timeline',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async remove(@UuidParam() id: string, @CurrentUser() user: User): Promise<void> {
    await this.mentors.remove(id, user.id);
  }
}
