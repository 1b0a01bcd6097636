import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Vocabularies } from '@kohorte/contracts';
import { VocabulariesService } from '@kohorte/server';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { VocabulariesDto } from './vocabularies.response';

/** The controlled lists (sectors, topics, stages, languages) with German and English labels. */
@ApiTags('vocabularies')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'vocabularies', version: '1' })
export class VocabulariesController {
  constructor(private readonly vocabularies: VocabulariesService) {}

  @Get()
  @ApiOkResponse({ type: VocabulariesDto })
  list(): Promise<Vocabularies> {
    return this.vocabularies.list();
  }
}
