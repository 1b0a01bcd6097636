import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Patch,
  Post,
  Put,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type {
  FounderProfileView,
  PublicIncubator,
  StartupFigures,
  Vocabularies,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import {
  FounderProfileService,
  type LinkCaller,
  ProfileRequestsService,
} from '@kohorte/server/founder-profile';
import { VocabulariesService } from '@kohorte/server/vocabularies';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { MonthParam } from './figures-month';
import {
  RequestProfileLinkDto,
  SetConsentDto,
  StartupFiguresDto,
  UpdateFounderProfileDto,
} from './founder-profile.dto';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { clientIp, LinkRequest } from '../links/link-request';

const TOKEN_HEADER = {
  name: 'Authorization',
  description: '`Link <token>`: the token of the profile link (from `/respond/profile/<token>`)',
  required: true,
};

/**
 * What people outside reach without an account: a founder's profile through the link's token,
 * and the form that mails a new link. Every answer says `Referrer-Policy: no-referrer` and
 * `Cache-Control: no-store`; a link that does not work answers 404/410 with its `reason`, and
 * guessing from one address answers 429 with `Retry-After`.
 */
@ApiTags('public links')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public', version: '1' })
export class PublicProfileController {
  constructor(
    private readonly profiles: FounderProfileService,
    private readonly requests: ProfileRequestsService,
    private readonly vocabularies: VocabulariesService,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  /** The incubator's name, for the header of the public pages. */
  @Get('incubator')
  @ApiOkResponse({ description: '`{ name }`' })
  incubator(): PublicIncubator {
    return { name: this.config.incubatorName };
  }

  /** The controlled lists, for the profile form's choices (nothing in them is confidential). */
  @Get('vocabularies')
  @ApiOkResponse({ description: 'Vocabularies, as `GET /api/v1/vocabularies`' })
  vocabularyLists(): Promise<Vocabularies> {
    return this.vocabularies.list();
  }

  /** The startup's profile and figures. Changes nothing (mail scanners open links). */
  @Get('profile')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'FounderProfileView' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
  view(@LinkRequest() caller: LinkCaller): Promise<FounderProfileView> {
    return this.profiles.view(caller);
  }

  /** Changes the fields given, validated like the staff API; the timeline names the founder. */
  @Patch('profile')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'FounderProfileView after the change' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid fields; nothing saved' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
  update(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: UpdateFounderProfileDto,
  ): Promise<FounderProfileView> {
    return this.profiles.update(caller, dto);
  }

  /** Creates or replaces one month's figures (fields left out are cleared). */
  @Put('profile/figures/:month')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'StartupFigures of the month' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid month or fields' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
  putFigures(
    @LinkRequest() caller: LinkCaller,
    @MonthParam() month: string,
    @Body() dto: StartupFiguresDto,
  ): Promise<StartupFigures> {
    return this.profiles.putFigures(caller, month, dto);
  }

  /** Gives or withdraws a consent of the startup (investor introductions), recorded with the text version. */
  @Put('profile/consent')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'FounderProfileView with the consents after the answer' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'an unknown purpose, or given not a boolean',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired`, `used` or `revoked`' })
  setConsent(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: SetConsentDto,
  ): Promise<FounderProfileView> {
    return this.profiles.setConsent(caller, dto.purpose, dto.given);
  }

  /**
   * Mails a new link to every startup this founder's email belongs to. The same 202 whether or
   * not the email is known.
   */
  @Post('profile-links')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'if the email belongs to a founder, a link is on its way' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'not an email address' })
  async requestLink(
    @Body() dto: RequestProfileLinkDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.requests.requestByEmail(dto.email, clientIp(request));
  }
}
