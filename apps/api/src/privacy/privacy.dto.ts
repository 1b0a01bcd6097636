import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESS_REPORT_STATUSES,
  type AccessReport,
  type AccessReportStatus,
  type CreateAccessReportRequest,
  type CreateErasureRequest,
  type ErasureRecord,
  LOCALES,
  type Locale,
  type PersonRecord,
  type ProcessingRecord,
  PRIVACY_EMAIL_FIELD,
  PRIVACY_RECORD_KINDS,
  type PrivacyRecordKind,
  type PrivacyRecordRef,
  MAX_PRIVACY_RETENTION_DAYS,
  RETENTION_KINDS,
  type RetentionKind,
  type RetentionOverview,
  type RetentionSetting,
  type UpdateRetentionRequest,
} from '@kohorte/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { SchemaField } from '../http/schema-field';

/** Most records one access report or erasure covers (one person has a handful). */
const MAX_RECORDS = 20;

export class FindPeopleQueryDto {
  @SchemaField(PRIVACY_EMAIL_FIELD, { description: 'every record with this address' })
  email!: string;
}

export class PrivacyRecordRefDto implements PrivacyRecordRef {
  @ApiProperty({ enum: PRIVACY_RECORD_KINDS })
  @IsIn(PRIVACY_RECORD_KINDS)
  kind!: PrivacyRecordKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class CreateAccessReportDto implements CreateAccessReportRequest {
  @ApiProperty({ type: [PrivacyRecordRefDto], minItems: 1, maxItems: MAX_RECORDS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECORDS)
  @ValidateNested({ each: true })
  @Type(() => PrivacyRecordRefDto)
  records!: PrivacyRecordRefDto[];

  @ApiProperty({ enum: LOCALES, description: "the report's language: the person's" })
  @IsIn(LOCALES)
  locale!: Locale;
}

export class CreateErasureDto implements CreateErasureRequest {
  @ApiProperty({ type: [PrivacyRecordRefDto], minItems: 1, maxItems: MAX_RECORDS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECORDS)
  @ValidateNested({ each: true })
  @Type(() => PrivacyRecordRefDto)
  records!: PrivacyRecordRefDto[];
}

export class AccessReportDownloadQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'html'], default: 'html' })
  @IsOptional()
  @IsIn(['json', 'html'])
  format?: 'json' | 'html';
}

/** Response shapes, for the OpenAPI document only. */
class PersonStartupDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: 'integer', description: 'contacts of the startup, the person included' })
  contacts!: number;
}

export class PersonRecordDto extends PrivacyRecordRefDto implements PersonRecord {
  @ApiProperty()
  label!: string;
  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
  @ApiProperty({ type: PersonStartupDto, nullable: true })
  startup!: PersonStartupDto | null;
  @ApiProperty({ enum: LOCALES, nullable: true })
  locale!: Locale | null;
}

export class AccessReportDto implements AccessReport {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: ACCESS_REPORT_STATUSES })
  status!: AccessReportStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  progress!: number;
  @ApiProperty({ enum: LOCALES })
  locale!: Locale;
  @ApiProperty({ type: [PrivacyRecordRefDto] })
  records!: PrivacyRecordRefDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, nullable: true })
  counts!: Record<string, number> | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class ErasureRecordDto implements ErasureRecord {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: PRIVACY_RECORD_KINDS, isArray: true })
  kinds!: PrivacyRecordKind[];
  @ApiProperty({ enum: ['request', 'retention'] })
  reason!: 'request' | 'retention';
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  counts!: Record<string, number>;
  @ApiProperty({ type: 'integer' })
  queuedJobs!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  erasedBy!: string | null;
  @ApiProperty({ format: 'date-time' })
  erasedAt!: string;
}

export class RetentionSettingDto implements RetentionSetting {
  @ApiProperty({ enum: RETENTION_KINDS })
  @IsIn(RETENTION_KINDS)
  kind!: RetentionKind;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_PRIVACY_RETENTION_DAYS,
    description: 'days kept; null keeps the data until erased by hand',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_PRIVACY_RETENTION_DAYS)
  days!: number | null;
}

export class UpdateRetentionDto implements UpdateRetentionRequest {
  @ApiProperty({ type: [RetentionSettingDto], maxItems: RETENTION_KINDS.length })
  @IsArray()
  @ArrayMaxSize(RETENTION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => RetentionSettingDto)
  settings!: RetentionSettingDto[];
}

export class RetentionOverviewDto implements RetentionOverview {
  @ApiProperty({ type: [RetentionSettingDto] })
  settings!: RetentionSettingDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'dry run: rows the next daily run would remove, per kind',
  })
  due!: Record<RetentionKind, number>;
}

export class ProcessingQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ProcessingRecordDto implements ProcessingRecord {
  @ApiProperty()
  category!: string;
  @ApiProperty()
  label!: string;
  @ApiProperty()
  purpose!: string;
  @ApiProperty()
  basis!: string;
  @ApiProperty({ type: [String] })
  tables!: string[];
  @ApiProperty({ type: [String], description: '`table.column`' })
  personalColumns!: string[];
  @ApiProperty()
  retention!: string;
}
