import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LOCALES,
  type Locale,
  MAIL_STATUSES,
  type MailboxItem,
  type MailboxMessage,
  type MailboxPage,
  type MailboxQuery,
  type MailStatus,
  SUBJECT_TYPES,
  type SubjectType,
} from '@kohorte/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';

export class MailboxQueryDto extends PagingQueryDto implements MailboxQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}

/** Response shapes, for the OpenAPI document only. */
export class MailboxItemDto implements MailboxItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  recipient!: string;
  @ApiProperty({ type: String, nullable: true })
  recipientName!: string | null;
  @ApiProperty({ enum: LOCALES })
  locale!: Locale;
  @ApiProperty({ description: 'the template name, e.g. test-message' })
  template!: string;
  @ApiProperty({ type: String, nullable: true, description: 'rendered when sent' })
  subject!: string | null;
  @ApiProperty({ enum: MAIL_STATUSES })
  status!: MailStatus;
  @ApiProperty({ type: 'integer', description: 'failed tries so far' })
  attempts!: number;
  @ApiProperty({ enum: SUBJECT_TYPES, nullable: true })
  subjectType!: SubjectType | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  subjectId!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;
  @ApiProperty({ description: 'went to the development mailbox, not over SMTP' })
  devMailbox!: boolean;
}

export class MailboxMessageDto extends MailboxItemDto implements MailboxMessage {
  @ApiProperty({ type: String, nullable: true })
  html!: string | null;
  @ApiProperty({ type: String, nullable: true })
  text!: string | null;
  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
  @ApiProperty({ type: String, nullable: true })
  providerMessageId!: string | null;
}

export class MailboxPageDto implements MailboxPage {
  @ApiProperty({ type: [MailboxItemDto] })
  items!: MailboxItemDto[];
  @ApiProperty({ type: 'integer' })
  total!: number;
  @ApiProperty({ type: 'integer' })
  page!: number;
  @ApiProperty({ type: 'integer' })
  pageSize!: number;
  @ApiProperty({ enum: ['smtp', 'dev-mailbox'] })
  transport!: 'smtp' | 'dev-mailbox';
}
