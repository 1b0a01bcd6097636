import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SendOffersResult, User } from '@kohorte/contracts';
import { MentorOffersService } from '@kohorte/server';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';

/** Managers send a run's approved proposals as offers by email. */
@ApiTags('matching')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'matching-runs/:id', version: '1' })
export class OffersController {
  constructor(private readonly offers: MentorOffersService) {}

  /**
   * Every approved mentor proposal of the run becomes `offered` with its own single-use link
   * (14 days); each mentor gets one email listing their startups.
   */
  @Post('offers')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ offered, emails }`' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such run' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the run is not done (`status`) or not a mentor run (`kind`)',
  })
  send(@UuidParam() id: string, @CurrentUser() user: User): Promise<SendOffersResult> {
    return this.offers.send(id, user.id);
  }
}
