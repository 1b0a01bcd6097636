import { ListPageFieldsDto } from '../http/list-page.response';
import { ApiProperty } from '@nestjs/swagger';
import {
  type Mentee,
  type Mentor,
  MENTOR_STATUSES,
  type MentorStatus,
  type ListPage,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class MentorDto implements Mentor {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ format: 'email' })
  email!: string;
  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
  @ApiProperty({ type: String, nullable: true })
  company!: string | null;
  @ApiProperty({ type: String, nullable: true })
  jobTitle!: string | null;
  @ApiProperty({ type: String, nullable: true })
  bio!: string | null;
  @ApiProperty({ type: [String], description: 'topic keys' })
  expertise!: string[];
  @ApiProperty({ type: [String] })
  sectors!: string[];
  @ApiProperty({ type: [String] })
  stages!: string[];
  @ApiProperty({ type: [String] })
  languages!: string[];
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
  @ApiProperty({ type: 'integer' })
  capacity!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  availableFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  availableUntil!: string | null;
  @ApiProperty({ enum: MENTOR_STATUSES })
  status!: MentorStatus;
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiProperty({
    type: 'integer',
    description: 'live mentorships: startups the mentor works with now',
  })
  load!: number;
  @ApiProperty({
    type: 'integer',
    description: 'offers sent and not yet answered; each holds a place',
  })
  offered!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class MentorPageDto extends ListPageFieldsDto implements ListPage<Mentor> {
  @ApiProperty({ type: [MentorDto] })
  items!: MentorDto[];
}

class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

export class MenteeDto implements Mentee {
  @ApiProperty({ format: 'uuid' })
  mentorshipId!: string;
  @ApiProperty({ type: NamedRefDto })
  startup!: NamedRefDto;
  @ApiProperty({ type: NamedRefDto })
  cohort!: NamedRefDto;
  @ApiProperty({ format: 'date-time' })
  startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: current' })
  endedAt!: string | null;
}
