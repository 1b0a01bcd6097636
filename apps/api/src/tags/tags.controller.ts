import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { TagCount } from '@kohorte/contracts';
import { TagsService } from '@kohorte/server/tags';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { ListTagsQueryDto, TagCountDto } from './tags.dto';

/** The tags in use on a list, for autocompletion. */
@ApiTags('tags')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'tags', version: '1' })
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  @ApiOkResponse({ type: [TagCountDto], description: 'the 50 most used, most used first' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListTagsQueryDto): Promise<TagCount[]> {
    return this.tags.list(query.list, query.q);
  }
}
