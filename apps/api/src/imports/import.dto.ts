import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ActivityActor,
  type CreateImportRequest,
  DEFAULT_PAGE_SIZE,
  type FieldChange,
  IMPORT_ACTIONS,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  type ImportAction,
  type ImportCounts,
  type ImportDetail,
  type ImportKind,
  type ImportRowError,
  type ImportRowResult,
  type ImportStatus,
  type ListImportRowsQuery,
  MAX_PAGE_SIZE,
  type Page,
  type SetImportMappingRequest,
} from '@kohorte/contracts';
import { IsIn, IsObject, IsOptional } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';

/** The multipart form's fields besides `file`. */
export class CreateImportDto implements CreateImportRequest {
  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS)
  kind!: ImportKind;
}

/** OpenAPI description of the upload form. */
export const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file', 'kind'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'a CSV file, UTF-8, `,` or `;`' },
    kind: { type: 'string', enum: [...IMPORT_KINDS] },
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
}

export class ListImportRowsQueryDto extends PagingQueryDto implements ListImportRowsQuery {
  @ApiPropertyOptional({ enum: IMPORT_ACTIONS })
  @IsOptional()
  @IsIn(IMPORT_ACTIONS)
  action?: ImportAction;
}

class ActorDto implements ActivityActor {
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
  @ApiProperty({ enum: [',', ';'] })
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
  @ApiProperty({ type: [String] })
  messages!: string[];
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
