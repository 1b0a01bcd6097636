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
import type {
  IntroConsentAnswer,
  IntroConsentView,
  InvestorOfferAnswer,
  InvestorTeaserView,
} from '@kohorte/contracts';
import { type LinkCaller } from '@kohorte/server/founder-profile';
import { IntroConsentService, InvestorOfferService } from '@kohorte/server/introductions';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { LinkRequest } from '../links/link-request';
import { DeclineOfferDto } from '../offers/offers.dto';

const TOKEN_HEADER = {
  name: 'Authorization',
  description:
    '`Link <token>`: the token of a founder’s consent link (`/respond/intro-consent/<token>`, the `consent` routes) or of an investor’s link (`/respond/investor-offer/<token>`, the `offer` routes)',
  required: true,
};

/**
 * Investor introductions through the emails' single-use links, without an account: a founder
 * agrees or declines to be introduced (`consent`), then the investor accepts or declines the
 * anonymised teaser (`offer`). Each link opens only its own routes. The GETs change nothing;
 * the POSTs spend the link. Every answer says `Referrer-Policy: no-referrer` and
 * `Cache-Control: no-store`.
 */
@ApiTags('public links')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiHeader(TOKEN_HEADER)
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
@ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public/introductions', version: '1' })
export class PublicIntroductionsController {
  constructor(
    private readonly consent: IntroConsentService,
    private readonly offers: InvestorOfferService,
  ) {}

  /** What the founders are asked: the investor, its ticket and why it fits. */
  @Get('consent')
  @ApiOkResponse({ description: 'IntroConsentView' })
  consentView(@LinkRequest() caller: LinkCaller): Promise<IntroConsentView> {
    return this.consent.view(caller);
  }

  /** The founders agree: the investor gets the anonymised teaser. */
  @Post('consent/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "agreed", investorName }`' })
  agree(@LinkRequest() caller: LinkCaller): Promise<IntroConsentAnswer> {
    return this.consent.agree(caller);
  }

  /** The founders decline, optionally saying why; the investor never hears of the startup. */
  @Post('consent/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "declined", investorName }`' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'unknown `reason`, `note` too long',
  })
  declineConsent(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: DeclineOfferDto,
  ): Promise<IntroConsentAnswer> {
    return this.consent.decline(caller, dto);
  }

  /** The anonymised teaser: nothing that names the startup. */
  @Get('offer')
  @ApiOkResponse({ description: 'InvestorTeaserView' })
  offerView(@LinkRequest() caller: LinkCaller): Promise<InvestorTeaserView> {
    return this.offers.view(caller);
  }

  /** The investor accepts: the startup and its founders are revealed and introduced by email. */
  @Post('offer/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "accepted", startup }`' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description:
      'the introductions of this round are used up (`introsPerRound`); the link still works',
  })
  accept(@LinkRequest() caller: LinkCaller): Promise<InvestorOfferAnswer> {
    return this.offers.accept(caller);
  }

  /** The investor declines, optionally saying why; the pair is never proposed again. */
  @Post('offer/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '`{ status: "declined" }`' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'unknown `reason`, `note` too long',
  })
  declineOffer(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: DeclineOfferDto,
  ): Promise<InvestorOfferAnswer> {
    return this.offers.decline(caller, dto);
  }
}
