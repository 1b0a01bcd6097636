import { Body, Controller, Get, HttpCode, HttpStatus, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ApplicationDetail, User } from '@kohorte/contracts';
import { ScreeningService } from '@kohorte/server/applications';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { MarkEligibilityDto } from './application-input.dto';
import { QuestionKeyParam } from './question-key-param';
import { AuditRead } from '../audit/audited.decorator';

/** One application, for staff: what the applicant gave, the deck, the eligibility mark. */
@ApiTags('applications')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ path: 'applications', version: '1' })
export class ApplicationsController {
  constructor(private readonly screening: ScreeningService) {}

  @Get(':id')
  @AuditRead('application')
  @ApiOkResponse({ description: 'ApplicationDetail' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  detail(@UuidParam() id: string): Promise<ApplicationDetail> {
    return this.screening.detail(id);
  }

  /** The uploaded PDF; sent as a download so that the browser never runs it in the app's origin. */
  @Get(':id/files/:questionKey')
  @AuditRead('application')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the PDF' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async file(
    @UuidParam() id: string,
    @QuestionKeyParam() questionKey: string,
  ): Promise<StreamableFile> {
    const file = await this.screening.file(id, questionKey);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${encodeURIComponent(file.fileName)}"`,
    });
  }

  /** Marks a submitted application eligible or not (with a reason). */
  @Post(':id/eligibility')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'ApplicationDetail' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'no reason for not eligible, or a draft',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  mark(
    @UuidParam() id: string,
    @Body() dto: MarkEligibilityDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDetail> {
    return this.screening.mark(id, dto, user.id);
  }
}
