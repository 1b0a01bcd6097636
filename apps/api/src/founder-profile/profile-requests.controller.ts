import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ProfileRequestResult, StartupFigures, User } from '@kohorte/contracts';
import { FounderProfileService, ProfileRequestsService } from '@kohorte/server/founder-profile';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';

/** Staff: ask founders to update their profile (by email link), and read their monthly figures. */
@ApiTags('startup profiles')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ version: '1' })
export class ProfileRequestsController {
  constructor(
    private readonly requests: ProfileRequestsService,
    private readonly profiles: FounderProfileService,
  ) {}

  /** Mails each founder of the startup a profile link (7 days); earlier links stop working. */
  @Post('startups/:id/profile-requests')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'ProfileRequestResult: counts of startups and emails' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'no founder to write to (`founders`), or archived (`status`)',
  })
  sendToStartup(@UuidParam() id: string, @CurrentUser() user: User): Promise<ProfileRequestResult> {
    return this.requests.sendToStartup(id, user.id);
  }

  /** The same for every startup of the cohort but the dropped ones; skipped ones are listed. */
  @Post('cohorts/:id/profile-requests')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'ProfileRequestResult: counts, and the startups skipped' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'no startup to write to (`startups`)',
  })
  sendToCohort(@UuidParam() id: string, @CurrentUser() user: User): Promise<ProfileRequestResult> {
    return this.requests.sendToCohort(id, user.id);
  }

  /** The figures founders reported, oldest month first. */
  @Get('startups/:id/figures')
  @ApiOkResponse({ description: 'StartupFigures[]' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  figures(@UuidParam() id: string): Promise<StartupFigures[]> {
    return this.profiles.figuresOf(id);
  }
}
