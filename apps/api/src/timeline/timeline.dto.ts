import { ApiProperty } from '@nestjs/swagger';
import {
  ACTIVITY_KINDS,
  type TimelineActor,
  type TimelineEntry,
  type TimelineKind,
  type TimelinePage,
  type FieldChange,
  type ListTimelineQuery,
  NOTE_MAX_LENGTH,
  type NoteInput,
  type StoredTimelineData,
  SUBJECT_TYPES,
  type SubjectType,
  type UpdateNoteRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { trim } from '../auth/dto/fields';
import { PagingQueryDto } from '../http/paging.query';
import { MultiLine } from '../http/multi-line';

export class ListTimelineQueryDto extends PagingQueryDto implements ListTimelineQuery {
  @ApiProperty({ enum: SUBJECT_TYPES })
  @IsIn(SUBJECT_TYPES)
  subjectType!: SubjectType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subjectId!: string;
}

/** A note's text: trimmed, 1–10,000 characters. */
const NoteBody = (): PropertyDecorator => {
  const decorators = [
    ApiProperty({ minLength: 1, maxLength: NOTE_MAX_LENGTH, example: 'Met the founders today.' }),
    Transform(trim),
    IsString(),
    Length(1, NOTE_MAX_LENGTH, {
      message: `$property must be 1 to ${NOTE_MAX_LENGTH} characters (blanks around it do not count)`,
    }),
    MultiLine(),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

export class CreateNoteDto implements NoteInput {
  @ApiProperty({ enum: SUBJECT_TYPES })
  @IsIn(SUBJECT_TYPES)
  subjectType!: SubjectType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subjectId!: string;

  @NoteBody()
  body!: string;
}

export class UpdateNoteDto implements UpdateNoteRequest {
  @NoteBody()
  body!: string;
}

/** Response shapes, for the OpenAPI document only. */
export class TimelineActorDto implements TimelineActor {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

export class FieldChangeDto implements FieldChange {
  @ApiProperty({ example: 'city' })
  field!: string;
  @ApiProperty({ nullable: true, description: 'string, number, list or null' })
  before!: unknown;
  @ApiProperty({ nullable: true, description: 'string, number, list or null' })
  after!: unknown;
}

export class TimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: SUBJECT_TYPES })
  subjectType!: SubjectType;
  @ApiProperty({ format: 'uuid' })
  subjectId!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS })
  kind!: TimelineKind;
  @ApiProperty({ type: TimelineActorDto, nullable: true })
  actor!: TimelineActorDto | null;
  @ApiProperty({ type: String, nullable: true })
  actorLabel!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once a note is deleted' })
  body!: string | null;
  @ApiProperty({ type: [FieldChangeDto], nullable: true })
  changes!: FieldChangeDto[] | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  data!: StoredTimelineData | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  editedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deletedAt!: string | null;
  @ApiProperty({ type: TimelineActorDto, nullable: true })
  deletedBy!: TimelineActorDto | null;
}

export class TimelinePageDto implements TimelinePage {
  @ApiProperty({ type: [TimelineEntryDto] })
  items!: TimelineEntryDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}
