import { Body, Controller, Delete, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { TimelineEntry, User } from '@kohorte/contracts';
import { TimelineService } from '@kohorte/server/timeline';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { TimelineEntryDto, CreateNoteDto, UpdateNoteDto } from './timeline.dto';

/** Notes on timelines: admins and managers write; a note is changed by its author or an admin. */
@ApiTags('timeline')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, not the author (nor an admin), or CSRF token invalid',
})
@Controller({ path: 'notes', version: '1' })
export class NotesController {
  constructor(private readonly activity: TimelineService) {}

  @Post()
  @ApiCreatedResponse({ type: TimelineEntryDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'the record does not exist' })
  create(@Body() dto: CreateNoteDto, @CurrentUser() user: User): Promise<TimelineEntry> {
    return this.activity.addNote(dto, user);
  }

  @Patch(':id')
  @ApiOkResponse({ type: TimelineEntryDto, description: 'the earlier text is kept in `changes`' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such note, or it was deleted' })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateNoteDto,
    @CurrentUser() user: User,
  ): Promise<TimelineEntry> {
    return this.activity.editNote(id, dto.body, user);
  }

  @Delete(':id')
  @ApiOkResponse({
    type: TimelineEntryDto,
    description: 'the tombstone that stays on the timeline',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such note, or it was deleted' })
  remove(@UuidParam() id: string, @CurrentUser() user: User): Promise<TimelineEntry> {
    return this.activity.deleteNote(id, user);
  }
}
