import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { MentorOfferAnswer, MentorOfferView, PauseOffersResult } from '@kohorte/contracts';
import { type LinkCaller } from '@kohorte/server/founder-profile';
import { MentorOffersService, MentorPause } from '@kohorte/server/offers';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { LinkRequest } from '../links/link-request';
import { DeclineOfferDto, PauseOffersDto } from './offers.dto';

const TOKEN_HEADER = {
  name: 'Authorization',
  description: '`Link <token>`: the token of the offer link (from `/respond/offer/<token>`)',
  required: true,
};

/**
 * A mentor's answer to an offer, through the email's single-use link and without an account.
 * The GET changes nothing; accept and decline spend the link. Every answer says
 * `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
 */
@ApiTags('public links')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiHeader(TOKEN_HEADER)
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
@ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public/offers', version: '1' })
export class PublicOffersController {
  constructor(
    private readonly offers: MentorOffersService,
    private readonly pauses: MentorPause,
  ) {}

  /** The offer: startup, why it fits, cohort and the mentor's current mentees. */
  @Get('current')
  @ApiOkResponse({ description: 'MentorOfferView' })
  current(@LinkRequest() caller: LinkCaller): Promise<MentorOfferView> {
    return this.offers.view(caller);
  }

  /** Accepts: a live mentorship starts, unless the mentor has no free place left (409). */
  @Post('accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "accepted", startupName }`' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'this mentor is now full (`capacity`); the link still works',
  })
  accept(@LinkRequest() caller: LinkCaller): Promise<MentorOfferAnswer> {
    return this.offers.accept(caller);
  }

  /** Declines, optionally saying why; the pair is never proposed again. */
  @Post('decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "declined", startupName }`' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'unknown `reason`, `note` too long',
  })
  decline(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: DeclineOfferDto,
  ): Promise<MentorOfferAnswer> {
    return this.offers.decline(caller, dto);
  }

  /**
   * Pauses new offers until a day (after today, at most a year ahead): new matching runs leave
   * the mentor out until then. Does not spend the link: the offer can still be answered.
   */
  @Post('pause')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ availableFrom }`' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: '`until` not a day, not after today, too far ahead or after the availability ends',
  })
  pause(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: PauseOffersDto,
  ): Promise<PauseOffersResult> {
    return this.pauses.pause(caller, dto);
  }
}
