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
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  AccessReport,
  ErasureRecord,
  PersonRecord,
  ProcessingRecord,
  RetentionOverview,
  User,
} from '@kohorte/contracts';
import {
  AccessReports,
  PrivacyErasures,
  PrivacyRetention,
  recordsOfProcessing,
  recordsOfProcessingCsv,
} from '@kohorte/server/privacy';
import { Roles } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import {
  AccessReportDownloadQueryDto,
  AccessReportDto,
  CreateAccessReportDto,
  CreateErasureDto,
  ErasureRecordDto,
  FindPeopleQueryDto,
  PersonRecordDto,
  ProcessingQueryDto,
  ProcessingRecordDto,
  RetentionOverviewDto,
  UpdateRetentionDto,
} from './privacy.dto';
import { AuditExport, AuditRead } from '../audit/audited.decorator';

/**
 * Privacy (GDPR), admins only, reads included: finding what Kohorte keeps about a person by
 * email, access reports (Art. 15) built in the background, and erasure (Art. 17) with its record.
 */
@ApiTags('privacy')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'not an admin, or CSRF token invalid' })
@Roles('admin')
@Controller({ path: 'privacy', version: '1' })
export class PrivacyController {
  constructor(
    private readonly reports: AccessReports,
    private readonly erasures: PrivacyErasures,
    private readonly retention: PrivacyRetention,
  ) {}

  @Get('people')
  @ApiOkResponse({ type: [PersonRecordDto], description: 'every record that holds the address' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'not an email address' })
  people(@Query() query: FindPeopleQueryDto): Promise<PersonRecord[]> {
    return this.reports.findPeople(query.email);
  }

  @Post('access-reports')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AccessReportDto, description: 'queued; follow its progress' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'a record does not exist' })
  createReport(
    @Body() dto: CreateAccessReportDto,
    @CurrentUser() user: User,
  ): Promise<AccessReport> {
    return this.reports.create(dto, user.id);
  }

  @Get('access-reports/:id')
  @ApiOkResponse({ type: AccessReportDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such report, or expired' })
  report(@UuidParam() id: string): Promise<AccessReport> {
    return this.reports.get(id);
  }

  @Get('access-reports/:id/download')
  @AuditRead('access-report')
  @ApiOkResponse({ description: 'the report as a JSON file or a readable HTML page' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'not ready, expired or unknown' })
  async download(
    @UuidParam() id: string,
    @Query() query: AccessReportDownloadQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.file(id, query.format ?? 'html');
    return new StreamableFile(Buffer.from(file.body, 'utf8'), {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  @Post('erasures')
  @ApiCreatedResponse({ type: ErasureRecordDto, description: 'erased; the record it leaves' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'a record does not exist' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'an admin erasing their own account' })
  erase(@Body() dto: CreateErasureDto, @CurrentUser() user: User): Promise<ErasureRecord> {
    return this.erasures.erase({ records: dto.records, erasedBy: user.id, reason: 'request' });
  }

  @Get('erasures')
  @ApiOkResponse({ type: [ErasureRecordDto], description: 'the 100 most recent, newest first' })
  erasuresList(): Promise<ErasureRecord[]> {
    return this.erasures.list();
  }

  @Get('retention')
  @ApiOkResponse({ type: RetentionOverviewDto, description: 'the settings and a dry run' })
  retentionOverview(): Promise<RetentionOverview> {
    return this.retention.overview();
  }

  @Put('retention')
  @ApiOkResponse({ type: RetentionOverviewDto, description: 'saved; the dry run with them' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'an unknown kind or a bad period' })
  updateRetention(
    @Body() dto: UpdateRetentionDto,
    @CurrentUser() user: User,
  ): Promise<RetentionOverview> {
    return this.retention.update(dto.settings, user.id);
  }

  @Get('records-of-processing')
  @ApiOkResponse({ type: [ProcessingRecordDto], description: 'one row per category of data' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  async processing(@Query() query: ProcessingQueryDto): Promise<ProcessingRecord[]> {
    return recordsOfProcessing(await this.retention.settings(), query.locale ?? 'en');
  }

  @Get('records-of-processing.csv')
  @AuditExport('records-of-processing.csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the same rows for the register of processing' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  async processingCsv(@Query() query: ProcessingQueryDto): Promise<StreamableFile> {
    const locale = query.locale ?? 'en';
    const records = recordsOfProcessing(await this.retention.settings(), locale);
    return new StreamableFile(Buffer.from(recordsOfProcessingCsv(records, locale), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="records-of-processing-${locale}.csv"`,
    });
  }
}
