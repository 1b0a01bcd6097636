import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SavedView, User } from '@kohorte/contracts';
import { SavedViewsService } from '@kohorte/server/saved-views';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { CreateSavedViewDto, ListSavedViewsQueryDto, SavedViewDto } from './saved-views.dto';

/**
 * Saved list views. They are personal and change no record, so every role keeps its own,
 * viewers included; nobody sees or deletes anyone else's.
 */
@ApiTags('saved views')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'CSRF token invalid' })
@Roles('admin', 'manager', 'viewer')
@Controller({ path: 'saved-views', version: '1' })
export class SavedViewsController {
  constructor(private readonly savedViews: SavedViewsService) {}

  @Get()
  @ApiOkResponse({ type: [SavedViewDto], description: "the signed-in user's, by name" })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListSavedViewsQueryDto, @CurrentUser() user: User): Promise<SavedView[]> {
    return this.savedViews.list(user.id, query.list);
  }

  @Post()
  @ApiCreatedResponse({ type: SavedViewDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the user has a view of that name on the list',
  })
  create(@Body() dto: CreateSavedViewDto, @CurrentUser() user: User): Promise<SavedView> {
    return this.savedViews.create(user.id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'deleted' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'the user has no such view' })
  async remove(@UuidParam() id: string, @CurrentUser() user: User): Promise<void> {
    await this.savedViews.remove(user.id, id);
  }
}
