import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
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
import type { Page, Programme, User } from '@kohorte/contracts';
import { ProgrammesService } from '@kohorte/server/programmes';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import {
  CreateProgrammeDto,
  ListProgrammesQueryDto,
  UpdateProgrammeDto,
} from './programme-input.dto';
import { ProgrammeDto, ProgrammePageDto } from './programme.response';

/** Programmes: every signed-in role reads, admins and managers write, admins delete. */
@ApiTags('programmes')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'programmes', version: '1' })
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOkResponse({ type: ProgrammePageDto, description: 'by name' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListProgrammesQueryDto): Promise<Page<Programme>> {
    return this.programmes.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<Programme> {
    return this.programmes.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  create(@Body() dto: CreateProgrammeDto, @CurrentUser() user: User): Promise<Programme> {
    return this.programmes.create(dto, user.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  update(
    @UuidParam() id: string,
    @Body() dto: UpdateProgrammeDto,
    @CurrentUser() user: User,
  ): Promise<Programme> {
    return this.programmes.update(id, dto, user.id);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'deleted' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'it still has cohorts (`cohorts`)' })
  async delete(@UuidParam() id: string): Promise<void> {
    await this.programmes.delete(id);
  }
}
