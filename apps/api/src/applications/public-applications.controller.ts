import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Put,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiGoneResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  type ApplicantView,
  type ApplicationFile,
  PITCH_DECK_MAX_BYTES,
  type PublicCall,
} from '@kohorte/contracts';
import { ApplicantService, CallsService, type UploadedDeck } from '@kohorte/server/applications';
import { type LinkCaller } from '@kohorte/server/founder-profile';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { clientIp, LinkRequest } from '../links/link-request';
import {
  SaveApplicationDto,
  StartApplicationDto,
  SubmitApplicationDto,
} from './application-input.dto';
import { DeckUploadErrorsInterceptor } from './deck-upload.interceptor';
import { QuestionKeyParam } from './question-key-param';
import { APPLICATION_TOKEN_HEADER } from './application-token-header';

const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'a PDF' } },
};

/**
 * Applying without an account: a call's public page, the request for a link, and what the link
 * allows (read, save, upload the deck, submit). A link that does not work answers 404/410 with
 * its `reason`; too many tries from one address answer 429 with `Retry-After`; a change after
 * the deadline or after submitting answers 409 naming why.
 */
@ApiTags('public applications')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public', version: '1' })
export class PublicApplicationsController {
  constructor(
    private readonly calls: CallsService,
    private readonly applicants: ApplicantService,
  ) {}

  @Get('calls/:id')
  @ApiOkResponse({ description: 'PublicCall' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  call(@UuidParam() id: string): Promise<PublicCall> {
    return this.calls.publicCall(id);
  }

  /** Mails a link to the application (a new draft while the call is open). The same 202 for any address. */
  @Post('calls/:id/applications')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'a link is on its way' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'not an email address' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async start(
    @UuidParam() id: string,
    @Body() dto: StartApplicationDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.applicants.start(id, dto, clientIp(request));
  }

  @Get('application')
  @ApiHeader(APPLICATION_TOKEN_HEADER)
  @ApiOkResponse({ description: 'ApplicantView' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  view(@LinkRequest() caller: LinkCaller): Promise<ApplicantView> {
    return this.applicants.view(caller);
  }

  /** Saves the fields given (autosave). */
  @Patch('application')
  @ApiHeader(APPLICATION_TOKEN_HEADER)
  @ApiOkResponse({ description: 'ApplicantView' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid answers; nothing saved' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'submitted already, or the call is not open',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  save(@LinkRequest() caller: LinkCaller, @Body() dto: SaveApplicationDto): Promise<ApplicantView> {
    return this.applicants.save(caller, dto);
  }

  /** Uploads the deck of a pitch-deck question: a PDF (by its content), at most 10 MB. */
  @Put('application/files/:questionKey')
  @ApiHeader(APPLICATION_TOKEN_HEADER)
  @UseInterceptors(
    DeckUploadErrorsInterceptor,
    FileInterceptor('file', {
      limits: { fileSize: PITCH_DECK_MAX_BYTES, files: 1 },
      // Browsers send the file's name in UTF-8.
      defParamCharset: 'utf8',
    }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiOkResponse({ description: 'ApplicationFile' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'not a readable PDF, or no such question',
  })
  @ApiPayloadTooLargeResponse({ type: ApiErrorBodyDto, description: 'larger than 10 MB' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'submitted already, or the call is not open',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  upload(
    @LinkRequest() caller: LinkCaller,
    @QuestionKeyParam() questionKey: string,
    @UploadedFile() file: UploadedDeck | undefined,
  ): Promise<ApplicationFile> {
    return this.applicants.upload(caller, questionKey, file);
  }

  @Delete('application/files/:questionKey')
  @ApiHeader(APPLICATION_TOKEN_HEADER)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'removed' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'submitted already, or the call is not open',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  async removeFile(
    @LinkRequest() caller: LinkCaller,
    @QuestionKeyParam() questionKey: string,
  ): Promise<void> {
    await this.applicants.removeFile(caller, questionKey);
  }

  /** Submits before the deadline (the server's clock decides). */
  @Post('application/submit')
  @HttpCode(HttpStatus.OK)
  @ApiHeader(APPLICATION_TOKEN_HEADER)
  @ApiOkResponse({ description: 'ApplicantView' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'required answers missing' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'past the deadline (`closesAt`), submitted already, or an outdated consent',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  submit(
    @LinkRequest() caller: LinkCaller,
    @Body() dto: SubmitApplicationDto,
  ): Promise<ApplicantView> {
    return this.applicants.submit(caller, dto);
  }
}
