import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuditPage, DEFAULT_PAGE_SIZE } from '@kohorte/contracts';
import { AuditLog, type AuditSearch } from '@kohorte/server/privacy';
import { AuditExport } from '../audit/audited.decorator';
import { Roles } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { AuditCsvQueryDto, AuditPageDto, AuditSearchQueryDto } from './audit.dto';

const DAY_MS = 24 * 3600 * 1000;

/** The audit log of staff access to personal records and exports: admins search and export it. */
@ApiTags('privacy')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'not an admin' })
@ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'a bad filter' })
@Roles('admin')
@Controller({ path: 'privacy', version: '1' })
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get('audit')
  @ApiOkResponse({ type: AuditPageDto, description: 'newest first' })
  search(@Query() query: AuditSearchQueryDto): Promise<AuditPage> {
    return this.audit.search(searchOf(query), query.page ?? 1, query.pageSize ?? DEFAULT_PAGE_SIZE);
  }

  @Get('audit.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the search, newest first' })
  @AuditExport('audit.csv')
  async csv(@Query() query: AuditCsvQueryDto): Promise<StreamableFile> {
    const csv = await this.audit.csv(searchOf(query), query.locale ?? 'en');
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit-log.csv"',
    });
  }
}

/** Days are UTC; `to` includes its whole day. */
function searchOf(query: AuditSearchQueryDto): AuditSearch {
  return {
    userId: query.userId,
    recordId: query.recordId,
    action: query.action,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    to: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
}
