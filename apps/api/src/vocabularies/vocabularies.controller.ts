import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { UnmappedRegion, User, Vocabularies, VocabularyTerm } from '@kohorte/contracts';
import { UnmappedRegionsService } from '@kohorte/server/investors';
import { VocabulariesService, VocabularyEditsService } from '@kohorte/server/vocabularies';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import {
  MappedRegionDto,
  UnmappedRegionDto,
  VocabulariesDto,
  VocabularyTermDto,
} from './vocabularies.response';
import {
  MapUnmappedRegionDto,
  SaveVocabularyTermDto,
  VocabularyTermParams,
} from './vocabulary-term.input';

/**
 * The controlled lists (sectors, topics, stages, languages, regions) with German and English
 * labels: every signed-in role reads them, admins edit them and map the regions kept as text.
 */
@ApiTags('vocabularies')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'vocabularies', version: '1' })
export class VocabulariesController {
  constructor(
    private readonly vocabularies: VocabulariesService,
    private readonly edits: VocabularyEditsService,
    private readonly unmappedRegions: UnmappedRegionsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: VocabulariesDto })
  list(): Promise<Vocabularies> {
    return this.vocabularies.list();
  }

  @Get('regions/unmapped')
  @ApiOkResponse({ type: [UnmappedRegionDto], description: 'most named first' })
  listUnmappedRegions(): Promise<UnmappedRegion[]> {
    return this.unmappedRegions.list();
  }

  @Post('regions/unmapped')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MappedRegionDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'an unknown region key' })
  @ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'admins only' })
  async mapUnmappedRegion(
    @Body() dto: MapUnmappedRegionDto,
    @CurrentUser() user: User,
  ): Promise<MappedRegionDto> {
    return { investors: await this.unmappedRegions.map(dto, user.id) };
  }

  @Put(':kind/:key')
  @Roles('admin')
  @ApiOkResponse({ type: VocabularyTermDto, description: 'the term, created or changed' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'invalid labels, or a parent that is unknown, not a region or a cycle',
  })
  @ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'admins only' })
  save(
    @Param() params: VocabularyTermParams,
    @Body() dto: SaveVocabularyTermDto,
  ): Promise<VocabularyTerm> {
    return this.edits.save(params.kind, params.key, dto);
  }
}
