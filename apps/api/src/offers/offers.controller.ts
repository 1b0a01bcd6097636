import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SendOffersPreview, SendOffersResult, User } from '@kohorte/contracts';
import { InvestorIntroductionsService } from '@kohorte/server/introductions';
import { MentorOffersService, OfferSendPreview } from '@kohorte/server/offers';
import { Roles } from '../auth/access.decorators';
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
  constructor(
    private readonly offers: MentorOffersService,
    private readonly introductions: InvestorIntroductionsService,
    private readonly sendPreview: OfferSendPreview,
  ) {}

  /**
   * What sending would send, for the manager to confirm: the offers, the emails and their
   * recipients, and the first email as its mentor reads it (links shown as `[link]`). Managers
   * only: it shows an email meant for someone else. Changes nothing.
   */
  @Get('offers/preview')
  @Roles('admin', 'manager')
  @ApiOkResponse({ description: '`{ offers, emails, recipients, example }`' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such run' })
  preview(@UuidParam() id: string): Promise<SendOffersPreview> {
    return this.sendPreview.preview(id);
  }

  /**
   * A mentor run: every approved proposal becomes `offered` with its own single-use link
   * (14 days) in an email to the mentor. An investor run: the founders of each approved pair's
   * startup are asked first (`startup-asked`, a consent email each); `offered` counts the pairs
   * asked, and pairs whose startup has no founder on record stay `approved`.
   */
  @Post('offers')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ offered, emails }`' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such run' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the run is not done (`status`)',
  })
  async send(@UuidParam() id: string, @CurrentUser() user: User): Promise<SendOffersResult> {
    return (await this.introductions.runKind(id)) === 'investors'
      ? this.introductions.send(id, user.id)
      : this.offers.send(id, user.id);
  }
}
