import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { TimelinePage } from '@kohorte/contracts';
import { TimelineService } from '@kohorte/server/timeline';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { TimelinePageDto, ListTimelineQueryDto } from './timeline.dto';

/** Timelines: every signed-in role reads them. */
@ApiTags('timeline')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'timeline', version: '1' })
export class TimelineController {
  constructor(private readonly activity: TimelineService) {}

  @Get()
  @ApiOkResponse({ type: TimelinePageDto, description: 'newest first' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'the record does not exist' })
  list(@Query() query: ListTimelineQueryDto): Promise<TimelinePage> {
    return this.activity.list(query);
  }
}
