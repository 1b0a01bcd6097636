import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Query,
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
  ApiCookieAuth,
  ApiHeader,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  formatReason,
  type ImportDetail,
  type ImportJob,
  type ImportRowResult,
  MAX_IMPORT_FILE_BYTES,
  type Page,
  reasonError,
  type User,
} from '@kohorte/contracts';
import { invalidFields } from '@kohorte/server/errors';
import { ImportsService } from '@kohorte/server/imports';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import {
  CreateImportDto,
  ImportJobDto,
  ImportRowPageDto,
  ListImportRowsQueryDto,
  SetImportMappingDto,
  SetImportValuesDto,
  UPLOAD_SCHEMA,
} from './import.dto';
import { readerLocale } from '../http/reader-locale';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

// Browsers send the file's name in UTF-8 ("Gründer.csv").
const UPLOAD_OPTIONS = {
  limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1 },
  defParamCharset: 'utf8',
};

/** What the upload interceptor's memory storage hands over (the fields used here). */
interface UploadedCsv {
  originalname: string;
  buffer: Buffer;
}

/**
 * CSV imports: upload → mapping (starts the dry run) → apply, or discard. Every signed-in role
 * reads; admins and managers import.
 */
@ApiTags('imports')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not import, or CSRF token invalid',
})
@Controller({ path: 'imports', version: '1' })
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @ApiOkResponse({ type: [ImportJobDto], description: 'the 50 most recent imports' })
  list(): Promise<ImportJob[]> {
    return this.imports.list();
  }

  @Post()
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: ImportJobDto, description: 'stored, with a suggested mapping' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'no file, not CSV or xlsx, no such worksheet, no data rows, or an unknown kind',
  })
  @ApiPayloadTooLargeResponse({ type: ApiErrorBodyDto })
  create(
    @UploadedFile() file: UploadedCsv | undefined,
    @Body() dto: CreateImportDto,
    @CurrentUser() user: User,
  ): Promise<ImportDetail> {
    if (!file) throw invalidFields([reasonError('file', 'fileMissing')]);
    return this.imports.create(dto.kind, file.originalname, file.buffer, user.id, {
      encoding: dto.encoding,
      sheet: dto.sheet,
    });
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportJobDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  get(@UuidParam() id: string): Promise<ImportDetail> {
    return this.imports.get(id);
  }

  @Get(':id/rows')
  @ApiOkResponse({ type: ImportRowPageDto, description: "the dry run's verdicts, in file order" })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: "`de` gives the reasons' `messages` in German (the `code` and `params` stay)",
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async rows(
    @UuidParam() id: string,
    @Query() query: ListImportRowsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<Page<ImportRowResult>> {
    const page = await this.imports.listRows(id, query);
    const locale = readerLocale(acceptLanguage);
    if (locale === 'en') return page;
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        errors: item.errors.map((error) => ({
          ...error,
          messages: [formatReason(error.code, error.params, locale)],
        })),
      })),
    };
  }

  @Put(':id/mapping')
  @ApiOkResponse({ type: ImportJobDto, description: 'saved; the dry run is running' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'a required field unmapped, an unknown field or column (`mapping.<field>`)',
  })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the import is past its dry run' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  setMapping(@UuidParam() id: string, @Body() dto: SetImportMappingDto): Promise<ImportJob> {
    return this.imports.setMapping(id, dto);
  }

  @Put(':id/values')
  @ApiOkResponse({ type: ImportJobDto, description: 'remembered; the dry run is running again' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'a list the import does not use, or a key not in the list (`values.<i>.…`)',
  })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the import is past its dry run' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  setValues(
    @UuidParam() id: string,
    @Body() dto: SetImportValuesDto,
    @CurrentUser() user: User,
  ): Promise<ImportJob> {
    return this.imports.setValues(id, dto, user.id);
  }

  @Post(':id/apply')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'the job that writes it is queued' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the import is not validated' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  apply(@UuidParam() id: string): Promise<ImportJob> {
    return this.imports.apply(id);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'discarded, with its file' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'applying or applied already' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async discard(@UuidParam() id: string): Promise<void> {
    await this.imports.discard(id);
  }
}
