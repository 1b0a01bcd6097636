import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_DAY_FIELD,
  AUDIT_RECORD_KINDS,
  type AuditAction,
  type AuditEntry,
  type AuditPage,
  type AuditRecordKind,
  LOCALES,
  type Locale,
} from '@kohorte/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';
import { SchemaField } from '../http/schema-field';

/** `GET /api/v1/privacy/audit`: every filter optional, combined with AND. */
export class AuditSearchQueryDto extends PagingQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the staff user who accessed' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the record that was read' })
  @IsOptional()
  @IsUUID()
  recordId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @SchemaField(AUDIT_DAY_FIELD, { description: 'first day (UTC), inclusive' })
  from?: string | null;

  @SchemaField(AUDIT_DAY_FIELD, { description: 'last day (UTC), inclusive' })
  to?: string | null;
}

/** `GET /api/v1/privacy/audit.csv`: the same search, without paging, in the reader's language. */
export class AuditCsvQueryDto extends AuditSearchQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

/** Response shapes, for the OpenAPI document only. */
export class AuditEntryDto implements AuditEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  userName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;
  @ApiProperty({ enum: AUDIT_RECORD_KINDS, nullable: true })
  recordKind!: AuditRecordKind | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  exportName!: string | null;
  @ApiProperty({ type: String, nullable: true })
  exportQuery!: string | null;
  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditEntryDto] })
  items!: AuditEntryDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}
