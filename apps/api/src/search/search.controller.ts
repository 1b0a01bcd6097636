import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SearchResult } from '@kohorte/contracts';
import { SearchService } from '@kohorte/server/search';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { SearchQueryDto } from './search.query';
import { SearchResultDto } from './search.response';

/** The toolbar search over startups, mentors, investors and cohorts; every signed-in role. */
@ApiTags('search')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'search', version: '1' })
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOkResponse({ type: SearchResultDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'q too short or too long' })
  search(@Query() query: SearchQueryDto): Promise<SearchResult> {
    return this.searchService.search(query);
  }
}
