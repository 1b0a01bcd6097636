import { ApiProperty } from '@nestjs/swagger';
import {
  COHORT_STATUSES,
  type Cohort,
  type CohortPoolMentor,
  type CohortStartup,
  type CohortStatus,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  type Page,
  type Programme,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class ProgrammeDto implements Programme {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  @ApiProperty({ type: 'integer' })
  cohortCount!: number;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ProgrammePageDto implements Page<Programme> {
  @ApiProperty({ type: [ProgrammeDto] })
  items!: ProgrammeDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}

class RefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

class MembershipCountsDto implements Record<MembershipStatus, number> {
  @ApiProperty({ type: 'integer' })
  applied!: number;
  @ApiProperty({ type: 'integer' })
  accepted!: number;
  @ApiProperty({ type: 'integer' })
  active!: number;
  @ApiProperty({ type: 'integer' })
  alumni!: number;
  @ApiProperty({ type: 'integer' })
  dropped!: number;
}

export class CohortDto implements Cohort {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: RefDto })
  programme!: RefDto;
  @ApiProperty()
  name!: string;
  @ApiProperty({ format: 'date' })
  startsOn!: string;
  @ApiProperty({ format: 'date' })
  endsOn!: string;
  @ApiProperty({ enum: COHORT_STATUSES })
  status!: CohortStatus;
  @ApiProperty({ type: 'integer', nullable: true })
  capacity!: number | null;
  @ApiProperty({ type: MembershipCountsDto, description: 'startups per membership status' })
  counts!: MembershipCountsDto;
  @ApiProperty({ type: 'integer' })
  mentorCount!: number;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CohortPageDto implements Page<Cohort> {
  @ApiProperty({ type: [CohortDto] })
  items!: CohortDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}

class CohortStartupRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true })
  stage!: string | null;
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
}

class StartupMentorDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ format: 'uuid' })
  mentorshipId!: string;
}

export class CohortStartupDto implements CohortStartup {
  @ApiProperty({ type: CohortStartupRefDto })
  startup!: CohortStartupRefDto;
  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  status!: MembershipStatus;
  @ApiProperty({ type: [StartupMentorDto], description: 'live mentorships in this cohort' })
  mentors!: StartupMentorDto[];
  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

class PoolMentorRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ type: [String] })
  expertise!: string[];
  @ApiProperty({ type: 'integer' })
  capacity!: number;
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
}

export class CohortPoolMentorDto implements CohortPoolMentor {
  @ApiProperty({ type: PoolMentorRefDto })
  mentor!: PoolMentorRefDto;
  @ApiProperty({ type: 'integer', description: 'live mentorships in all cohorts' })
  load!: number;
  @ApiProperty({ type: 'integer', description: 'offers sent and not yet answered, all cohorts' })
  offered!: number;
  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
}
