import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { ApplicantAccessReportState } from '@kohorte/contracts';
import { ApplicantAccessReports } from '@kohorte/server/applications';
import { type LinkCaller } from '@kohorte/server/founder-profile';
import { Public } from '../auth/access.decorators';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { LinkHeadersInterceptor } from '../links/link-headers.interceptor';
import { LinkRequest } from '../links/link-request';
import { AccessReportDownloadQueryDto } from '../privacy/privacy.dto';
import { ApplicantAccessReportStateDto } from './applicant-access-report.response';
import { APPLICATION_TOKEN_HEADER } from './application-token-header';

/**
 * An applicant's own data through their application link: ask for the access report about the
 * link's application, follow it, download it. A link that does not work answers 404/410 with its
 * `reason`; too many tries from one address answer 429 with `Retry-After`.
 */
@ApiTags('public applications')
@Public()
@UseInterceptors(LinkHeadersInterceptor)
@ApiHeader(APPLICATION_TOKEN_HEADER)
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'reason `unknown`' })
@ApiGoneResponse({ type: ApiErrorBodyDto, description: 'reason `expired` or `revoked`' })
@ApiTooManyRequestsResponse({ type: ApiErrorBodyDto, description: 'too many tries; Retry-After' })
@Controller({ path: 'public/application/access-report', version: '1' })
export class ApplicantAccessReportController {
  constructor(private readonly reports: ApplicantAccessReports) {}

  @Get()
  @ApiOkResponse({ type: ApplicantAccessReportStateDto })
  state(@LinkRequest() caller: LinkCaller): Promise<ApplicantAccessReportState> {
    return this.reports.state(caller);
  }

  /** Asks for the report, built in the background in the application's language. */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: ApplicantAccessReportStateDto,
    description: 'queued (or the one asked for within the last hour); follow it with GET',
  })
  request(@LinkRequest() caller: LinkCaller): Promise<ApplicantAccessReportState> {
    return this.reports.request(caller);
  }

  @Get('download')
  @ApiOkResponse({ description: 'the report as a readable HTML page or a JSON file' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  async download(
    @LinkRequest() caller: LinkCaller,
    @Query() query: AccessReportDownloadQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.file(caller, query.format ?? 'html');
    return new StreamableFile(Buffer.from(file.body, 'utf8'), {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
