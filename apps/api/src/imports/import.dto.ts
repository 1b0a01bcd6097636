import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type TimelineActor,
  type CreateImportRequest,
  DEFAULT_PAGE_SIZE,
  type FieldChange,
  IMPORT_ACTIONS,
  IMPORT_ENCODINGS,
  IMPORT_FORMATS,
  IMPORT_KINDS,
  IMPORT_LOCALES,
  IMPORT_STATUSES,
  type ImportAction,
  type ImportCounts,
  type ImportDetail,
  type ImportEncoding,
  type ImportFormat,
  type ImportKind,
  type ImportLocale,
  FIELD_REASONS,
  type FieldReasonCode,
  type ImportRowError,
  type ImportRowResult,
  type ImportStatus,
  type ImportValue,
  type ListImportRowsQuery,
  MAX_PAGE_SIZE,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  type Page,
  type ReasonParam,
  type SetImportMappingRequest,
  type SetImportValuesRequest,
} from '@kohorte/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';

/** The multipart form's fields besides `file`. */
export class CreateImportDto implements CreateImportRequest {
  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS)
  kind!: ImportKind;

  @ApiPropertyOptional({ enum: IMPORT_ENCODINGS, description: 'instead of the detected one' })
  @IsOptional()
  @IsIn(IMPORT_ENCODINGS)
  encoding?: ImportEncoding;

  @ApiPropertyOptional({ maxLength: 255, description: 'an xlsx worksheet instead of the first' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  sheet?: string;
}

/** OpenAPI description of the upload form. */
export const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file', 'kind'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description:
        'a CSV or tab-separated file (UTF-8, UTF-16, Windows-1252, ISO-8859-1/15; detected) or an xlsx workbook',
    },
    kind: { type: 'string', enum: [...IMPORT_KINDS] },
    encoding: { type: 'string', enum: [...IMPORT_ENCODINGS] },
    sheet: { type: 'string' },
  },
};

export class SetImportMappingDto implements SetImportMappingRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { fullName: 'Name', email: 'E-Mail' },
    description: 'record field → column header; fields left out are not imported',
  })
  @IsObject()
  mapping!: Record<string, string>;

  @ApiPropertyOptional({ enum: IMPORT_LOCALES, description: 'how numbers and dates are written' })
  @IsOptional()
  @IsIn(IMPORT_LOCALES)
  locale?: ImportLocale;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'startups only: the cohort every imported startup joins',
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID()
  cohortId?: string | null;

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, default: 'applied' })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  membershipStatus?: MembershipStatus;
}

class ImportValueChoiceDto {
  @ApiProperty({ example: 'sectors' })
  @IsString()
  @MaxLength(64)
  domain!: string;

  @ApiProperty({ example: 'Gesundheit' })
  @IsString()
  @MaxLength(200)
  value!: string;

  @ApiProperty({ type: String, nullable: true, example: 'healthtech' })
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(64)
  key!: string | null;
}

export class SetImportValuesDto implements SetImportValuesRequest {
  @ApiProperty({ type: [ImportValueChoiceDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ImportValueChoiceDto)
  values!: ImportValueChoiceDto[];
}

class ImportValueDto implements ImportValue {
  @ApiProperty({ example: 'sectors' })
  domain!: string;
  @ApiProperty({ type: [String] })
  fields!: string[];
  @ApiProperty()
  value!: string;
  @ApiProperty()
  rows!: number;
  @ApiProperty({ type: String, nullable: true })
  suggestion!: string | null;
  @ApiProperty({ type: String, nullable: true })
  key!: string | null;
}

export class ListImportRowsQueryDto extends PagingQueryDto implements ListImportRowsQuery {
  @ApiPropertyOptional({ enum: IMPORT_ACTIONS })
  @IsOptional()
  @IsIn(IMPORT_ACTIONS)
  action?: ImportAction;
}

class ActorDto implements TimelineActor {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

class ImportCountsDto implements ImportCounts {
  @ApiProperty()
  create!: number;
  @ApiProperty()
  update!: number;
  @ApiProperty()
  reject!: number;
}

/** Response shapes, for the OpenAPI document only. */
export class ImportJobDto implements ImportDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: IMPORT_KINDS })
  kind!: ImportKind;
  @ApiProperty({ enum: IMPORT_STATUSES })
  status!: ImportStatus;
  @ApiProperty()
  fileName!: string;
  @ApiProperty({ enum: IMPORT_FORMATS })
  format!: ImportFormat;
  @ApiProperty({ type: String, nullable: true, example: 'windows-1252' })
  encoding!: string | null;
  @ApiProperty({ type: [String] })
  sheets!: string[];
  @ApiProperty({ type: String, nullable: true })
  sheet!: string | null;
  @ApiProperty({ enum: IMPORT_LOCALES })
  locale!: ImportLocale;
  @ApiProperty({ enum: [',', ';', '\t'] })
  delimiter!: string;
  @ApiProperty({ type: [String] })
  headers!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  mapping!: Record<string, string>;
  @ApiProperty()
  totalRows!: number;
  @ApiProperty()
  processedRows!: number;
  @ApiProperty({ minimum: 0, maximum: 100 })
  progress!: number;
  @ApiProperty({ type: ImportCountsDto })
  counts!: ImportCountsDto;
  @ApiProperty({ type: String, nullable: true })
  error!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  cohortId!: string | null;
  @ApiProperty({ enum: MEMBERSHIP_STATUSES, nullable: true })
  membershipStatus!: MembershipStatus | null;
  @ApiProperty({ type: [ImportValueDto] })
  values!: ImportValueDto[];
  @ApiProperty({ type: ActorDto, nullable: true })
  createdBy!: ActorDto | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'up to 3 data rows (GET /imports/:id only)',
  })
  preview!: string[][];
}

class ImportRowErrorDto implements ImportRowError {
  @ApiProperty({ example: 'email' })
  field!: string;
  @ApiProperty({ type: String, nullable: true, example: 'E-Mail' })
  column!: string | null;
  @ApiProperty({ type: [String], description: 'in English, or in the Accept-Language' })
  messages!: string[];
  @ApiProperty({ enum: Object.keys(FIELD_REASONS) })
  code!: FieldReasonCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { value: 'Gesundheit', suggestion: { de: 'HealthTech', en: 'Healthtech' } },
  })
  params!: Record<string, ReasonParam>;
}

class FieldChangeDto implements FieldChange {
  @ApiProperty()
  field!: string;
  @ApiProperty({ description: 'any JSON value' })
  before!: unknown;
  @ApiProperty({ description: 'any JSON value' })
  after!: unknown;
}

class ImportRowResultDto implements ImportRowResult {
  @ApiProperty({ description: 'spreadsheet row; 2 is the first after the header' })
  row!: number;
  @ApiProperty({ enum: IMPORT_ACTIONS })
  action!: ImportAction;
  @ApiProperty()
  label!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  matchedId!: string | null;
  @ApiProperty({ type: [ImportRowErrorDto] })
  errors!: ImportRowErrorDto[];
  @ApiPropertyOptional({ type: [FieldChangeDto] })
  changes?: FieldChangeDto[];
}

export class ImportRowPageDto implements Page<ImportRowResult> {
  @ApiProperty({ type: [ImportRowResultDto] })
  items!: ImportRowResultDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty({ default: DEFAULT_PAGE_SIZE, maximum: MAX_PAGE_SIZE })
  pageSize!: number;
}
