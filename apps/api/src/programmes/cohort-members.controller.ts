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
import type { CohortPoolMentor, CohortStartup, User } from '@kohorte/contracts';
import {
  CohortPoolService,
  CohortStartupsService,
  MentorshipsService,
} from '@kohorte/server/programmes';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import {
  AddCohortMentorsDto,
  AddCohortStartupsDto,
  AssignMentorDto,
  MoveCohortStartupDto,
} from './cohort-members.dto';
import { CohortPoolMentorDto, CohortStartupDto } from './programme.response';

/** A cohort's startups (membership), its mentor pool, and who mentors whom in it. */
@ApiTags('cohorts')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such cohort (or member)' })
@Controller({ path: 'cohorts/:id', version: '1' })
export class CohortMembersController {
  constructor(
    private readonly members: CohortStartupsService,
    private readonly pool: CohortPoolService,
    private readonly mentorships: MentorshipsService,
  ) {}

  @Get('startups')
  @ApiOkResponse({ type: [CohortStartupDto], description: 'by name' })
  listStartups(@UuidParam() id: string): Promise<CohortStartup[]> {
    return this.members.list(id);
  }

  @Post('startups')
  @ApiCreatedResponse({ type: [CohortStartupDto], description: 'the startups added' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'unknown ids (`startupIds.2`)' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'already members (`startupIds.0`), or the cohort is full (`status`)',
  })
  addStartups(
    @UuidParam() id: string,
    @Body() dto: AddCohortStartupsDto,
    @CurrentUser() user: User,
  ): Promise<CohortStartup[]> {
    return this.members.add(id, dto, user.id);
  }

  @Patch('startups/:startupId')
  @ApiOkResponse({ type: CohortStartupDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the cohort is full (`status`)' })
  moveStartup(
    @UuidParam() id: string,
    @UuidParam('startupId') startupId: string,
    @Body() dto: MoveCohortStartupDto,
    @CurrentUser() user: User,
  ): Promise<CohortStartup> {
    return this.members.move(id, startupId, dto.status, user.id);
  }

  @Delete('startups/:startupId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'removed; its mentorships in this cohort ended' })
  async removeStartup(
    @UuidParam() id: string,
    @UuidParam('startupId') startupId: string,
    @CurrentUser() user: User,
  ): Promise<void> {
    await this.members.remove(id, startupId, user.id);
  }

  @Post('startups/:startupId/mentors')
  @ApiCreatedResponse({ type: CohortStartupDto, description: 'the startup with its mentors' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'not in the pool (`mentorId`)' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the mentor has no free place, or already mentors it (`mentorId`)',
  })
  assignMentor(
    @UuidParam() id: string,
    @UuidParam('startupId') startupId: string,
    @Body() dto: AssignMentorDto,
    @CurrentUser() user: User,
  ): Promise<CohortStartup> {
    return this.mentorships.assign(id, startupId, dto.mentorId, user.id);
  }

  @Delete('startups/:startupId/mentors/:mentorId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'the mentorship ended (kept as history)' })
  async endMentorship(
    @UuidParam() id: string,
    @UuidParam('startupId') startupId: string,
    @UuidParam('mentorId') mentorId: string,
    @CurrentUser() user: User,
  ): Promise<void> {
    await this.mentorships.end(id, startupId, mentorId, user.id);
  }

  @Get('mentors')
  @ApiOkResponse({ type: [CohortPoolMentorDto], description: 'by name, with live load' })
  listPool(@UuidParam() id: string): Promise<CohortPoolMentor[]> {
    return this.pool.list(id);
  }

  @Post('mentors')
  @ApiCreatedResponse({ type: [CohortPoolMentorDto], description: 'the mentors added' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'unknown ids (`mentorIds.1`)' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'already in the pool' })
  addMentors(
    @UuidParam() id: string,
    @Body() dto: AddCohortMentorsDto,
    @CurrentUser() user: User,
  ): Promise<CohortPoolMentor[]> {
    return this.pool.add(id, dto, user.id);
  }

  @Delete('mentors/:mentorId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'removed; their mentorships in this cohort ended' })
  async removeMentor(
    @UuidParam() id: string,
    @UuidParam('mentorId') mentorId: string,
    @CurrentUser() user: User,
  ): Promise<void> {
    await this.pool.remove(id, mentorId, user.id);
  }
}
