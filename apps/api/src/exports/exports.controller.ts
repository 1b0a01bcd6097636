import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type CsvFile, ExportsService } from '@kohorte/server/exports';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import {
  csvOptions,
  ExportInvestorsQueryDto,
  ExportMentorsQueryDto,
  ExportStartupsQueryDto,
} from './export.query';
import { AuditExport } from '../audit/audited.decorator';

function download(file: CsvFile): StreamableFile {
  return new StreamableFile(Buffer.from(file.content, 'utf8'), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${file.fileName}"`,
  });
}

/**
 * The lists as CSV files, with the lists' own filters: every matching record (no paging), in the
 * list's order. Any signed-in role may export. The files import back.
 */
@ApiTags('exports')
@ApiCookieAuth()
@ApiProduces('text/csv')
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'an invalid filter or option' })
@Controller({ path: 'exports', version: '1' })
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('startups.csv')
  @AuditExport('startups.csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the startup list with its filters' })
  async startups(@Query() query: ExportStartupsQueryDto): Promise<StreamableFile> {
    return download(await this.exports.startupsCsv(...csvOptions(query)));
  }

  @Get('mentors.csv')
  @AuditExport('mentors.csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the mentor list with its filters' })
  async mentors(@Query() query: ExportMentorsQueryDto): Promise<StreamableFile> {
    return download(await this.exports.mentorsCsv(...csvOptions(query)));
  }

  @Get('investors.csv')
  @AuditExport('investors.csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM; the investor list with its filters' })
  async investors(@Query() query: ExportInvestorsQueryDto): Promise<StreamableFile> {
    return download(await this.exports.investorsCsv(...csvOptions(query)));
  }
}
