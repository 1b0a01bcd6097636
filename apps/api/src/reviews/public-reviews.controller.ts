import { Body, Controller, Get, Put, StreamableFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { ReviewerView } from '@kohorte/contracts';
import { type LinkCaller } from '@kohorte/server/founder-profile';
import { ReviewerLinkService } from '@kohorte/server/reviews';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { LinkRequest } from '../links/link-request';
import { QuestionKeyParam } from '../applications/question-key-param';
import { DeclareConflictDto, SaveReviewDto } from './review-input.dto';

const TOKEN_HEADER = {
  name: 'Authorization',
  description: "`Link <token>`: the review link's token (from `/respond/review/<token>`)",
  required: true,
};

/**
 * Reviewing without an account: what a reviewer's link shows (their own reviews only) and what
 * it allows (save, submit, declare a conflict). A link that does not work answers 404/410 with
 * its `reason`; a submitted review answers 409.
 */
@ApiTags('public reviews')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public/reviews', version: '1' })
export class PublicReviewsController {
  constructor(private readonly reviews: ReviewerLinkService) {}

  @Get()
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'ReviewerView' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  view(@LinkRequest() caller: LinkCaller): Promise<ReviewerView> {
    return this.reviews.view(caller);
  }

  /** Saves the review of an assigned application; with `submit: true` submits it. */
  @Put(':applicationId')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'ReviewerView' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid scores; nothing saved' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'submitted already, or a conflict' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  save(
    @LinkRequest() caller: LinkCaller,
    @UuidParam('applicationId') applicationId: string,
    @Body() dto: SaveReviewDto,
  ): Promise<ReviewerView> {
    return this.reviews.save(caller, applicationId, dto);
  }

  /** A deck of an assigned application; a download, never run in the app's origin. */
  @Get(':applicationId/files/:questionKey')
  @ApiHeader(TOKEN_HEADER)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the PDF' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'not assigned, or no such file' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  async file(
    @LinkRequest() caller: LinkCaller,
    @UuidParam('applicationId') applicationId: string,
    @QuestionKeyParam() questionKey: string,
  ): Promise<StreamableFile> {
    const file = await this.reviews.file(caller, applicationId, questionKey);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${encodeURIComponent(file.fileName)}"`,
    });
  }

  /** Declares (or withdraws) a conflict of interest with an assigned application. */
  @Put(':applicationId/conflict')
  @ApiHeader(TOKEN_HEADER)
  @ApiOkResponse({ description: 'ReviewerView' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the review was submitted' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
  @ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
  conflict(
    @LinkRequest() caller: LinkCaller,
    @UuidParam('applicationId') applicationId: string,
    @Body() dto: DeclareConflictDto,
  ): Promise<ReviewerView> {
    return this.reviews.declareConflict(caller, applicationId, dto);
  }
}
