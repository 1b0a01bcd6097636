import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
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
import type {
  ApplicationListItem,
  Call,
  CallFunnel,
  DecisionResult,
  Page,
  User,
} from '@kohorte/contracts';
import { CallsService, DecisionsService, ScreeningService } from '@kohorte/server/applications';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import {
  DecideApplicationsDto,
  ExportApplicationsQueryDto,
  ListApplicationsQueryDto,
} from './application-input.dto';
import { PutCallDto } from './call-input.dto';
import { AuditExport } from '../audit/audited.decorator';

/**
 * A cohort's call for applications, its applications (screening list, export) and the decisions
 * on them: every signed-in role reads, admins and managers write.
 */
@ApiTags('applications')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ version: '1' })
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly screening: ScreeningService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get('cohorts/:id/call')
  @ApiOkResponse({ description: 'Call' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no cohort, or it has no call' })
  forCohort(@UuidParam() id: string): Promise<Call> {
    return this.calls.forCohort(id);
  }

  /** Creates the cohort's call or replaces its settings. */
  @Put('cohorts/:id/call')
  @ApiOkResponse({ description: 'Call' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid fields; nothing saved' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  put(@UuidParam() id: string, @Body() dto: PutCallDto, @CurrentUser() user: User): Promise<Call> {
    return this.calls.put(id, dto, user.id);
  }

  @Get('calls/:id/funnel')
  @ApiOkResponse({ description: 'CallFunnel' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  funnel(@UuidParam() id: string): Promise<CallFunnel> {
    return this.calls.funnel(id);
  }

  /** Submitted applications (drafts only with `status=draft`), latest first. */
  @Get('calls/:id/applications')
  @ApiOkResponse({ description: 'Page<ApplicationListItem>' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  list(
    @UuidParam() id: string,
    @Query() query: ListApplicationsQueryDto,
  ): Promise<Page<ApplicationListItem>> {
    return this.screening.list(id, query);
  }

  @Get('calls/:id/applications.csv')
  @AuditExport('applications.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the applications the filters match' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async export(
    @UuidParam() id: string,
    @Query() query: ExportApplicationsQueryDto,
  ): Promise<StreamableFile> {
    const csv = await this.screening.csv(id, query);
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="applications-${new Date().toISOString().slice(0, 10)}.csv"`,
    });
  }

  /** Accept, waitlist or reject applications; the ones that cannot take it are listed. */
  @Post('calls/:id/decisions')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'DecisionResult' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  decide(
    @UuidParam() id: string,
    @Body() dto: DecideApplicationsDto,
    @CurrentUser() user: User,
  ): Promise<DecisionResult> {
    return this.decisions.decide(id, dto, user.id);
  }
}
