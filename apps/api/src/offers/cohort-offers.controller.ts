import { Controller, Get } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CohortOffers } from '@kohorte/contracts';
import { CohortOffersService } from '@kohorte/server/offers';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { CohortOffersDto } from './cohort-offers.response';

/** The cohort page's list of sent offers and their answers; every signed-in role reads it. */
@ApiTags('cohorts')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'cohorts/:id', version: '1' })
export class CohortOffersController {
  constructor(private readonly offers: CohortOffersService) {}

  /** Mentor offers and investor introductions once sent, open ones first (at most 200). */
  @Get('offers')
  @ApiOkResponse({ type: CohortOffersDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'the id is not a UUID (`id`)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such cohort' })
  list(@UuidParam() id: string): Promise<CohortOffers> {
    return this.offers.list(id);
  }
}
