import { ApiProperty } from '@nestjs/swagger';
import {
  ACTIVITY_KINDS,
  type TimelineKind,
  type Dashboard,
  type DashboardCohort,
  type DashboardMentorCapacity,
  type DashboardOverloadedMentor,
  type DashboardRecentChange,
  type DashboardStaleStartup,
  type DashboardTermCount,
  type DashboardTermCounts,
  type DashboardUnmentoredStartup,
  type MembershipStatus,
  SUBJECT_TYPES,
  type SubjectType,
} from '@kohorte/contracts';
import { DashboardCallDto } from './dashboard-call.response';

/** Response shapes, for the OpenAPI document only. */
class RefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

class MembershipCountsDto implements Record<MembershipStatus, number> {
  @ApiProperty()
  applied!: number;
  @ApiProperty()
  accepted!: number;
  @ApiProperty()
  active!: number;
  @ApiProperty()
  alumni!: number;
  @ApiProperty()
  dropped!: number;
}

class DashboardCohortDto implements DashboardCohort {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: RefDto })
  programme!: RefDto;
  @ApiProperty({ format: 'date' })
  startsOn!: string;
  @ApiProperty({ format: 'date' })
  endsOn!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  capacity!: number | null;
  @ApiProperty({ type: MembershipCountsDto })
  counts!: MembershipCountsDto;
  @ApiProperty()
  mentorCount!: number;
}

class MentorCapacityDto implements DashboardMentorCapacity {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ type: String, nullable: true })
  company!: string | null;
  @ApiProperty()
  capacity!: number;
  @ApiProperty()
  load!: number;
  @ApiProperty({ description: 'offers sent and not yet answered' })
  offered!: number;
  @ApiProperty()
  free!: number;
}

class MentorCapacityListDto {
  @ApiProperty()
  total!: number;
  @ApiProperty({ type: [MentorCapacityDto] })
  items!: MentorCapacityDto[];
}

class RecentChangeDto implements DashboardRecentChange {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: SUBJECT_TYPES })
  subjectType!: SubjectType;
  @ApiProperty({ format: 'uuid' })
  subjectId!: string;
  @ApiProperty({ type: String, nullable: true })
  subjectName!: string | null;
  @ApiProperty({ enum: ACTIVITY_KINDS })
  kind!: TimelineKind;
  @ApiProperty({ type: RefDto, nullable: true })
  actor!: RefDto | null;
  @ApiProperty({ type: String, nullable: true })
  actorLabel!: string | null;
  @ApiProperty({ type: [String] })
  fields!: string[];
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

class UnmentoredStartupDto implements DashboardUnmentoredStartup {
  @ApiProperty({ type: RefDto })
  startup!: RefDto;
  @ApiProperty({ type: RefDto })
  cohort!: RefDto;
}

class UnmentoredStartupListDto {
  @ApiProperty()
  total!: number;
  @ApiProperty({ type: [UnmentoredStartupDto] })
  items!: UnmentoredStartupDto[];
}

class OverloadedMentorDto implements DashboardOverloadedMentor {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty()
  capacity!: number;
  @ApiProperty()
  load!: number;
}

class OverloadedMentorListDto {
  @ApiProperty()
  total!: number;
  @ApiProperty({ type: [OverloadedMentorDto] })
  items!: OverloadedMentorDto[];
}

class StaleStartupDto implements DashboardStaleStartup {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

class StaleStartupListDto {
  @ApiProperty()
  total!: number;
  @ApiProperty({ type: [StaleStartupDto] })
  items!: StaleStartupDto[];
}

class AttentionDto {
  @ApiProperty({ type: UnmentoredStartupListDto })
  startupsWithoutMentor!: UnmentoredStartupListDto;
  @ApiProperty({ type: OverloadedMentorListDto })
  mentorsOverCapacity!: OverloadedMentorListDto;
  @ApiProperty({ type: StaleStartupListDto })
  staleStartups!: StaleStartupListDto;
}

class TermCountDto implements DashboardTermCount {
  @ApiProperty()
  key!: string;
  @ApiProperty()
  labelDe!: string;
  @ApiProperty()
  labelEn!: string;
  @ApiProperty()
  count!: number;
}

class TermCountsDto implements DashboardTermCounts {
  @ApiProperty({ type: [TermCountDto], description: 'every term, in the vocabulary order' })
  terms!: TermCountDto[];
  @ApiProperty({ description: 'active startups without a value' })
  unset!: number;
}

export class DashboardDto implements Dashboard {
  @ApiProperty({ type: [DashboardCohortDto] })
  runningCohorts!: DashboardCohortDto[];
  @ApiProperty({ type: [DashboardCallDto], description: 'open and recently closed calls' })
  calls!: DashboardCallDto[];
  @ApiProperty({ type: MentorCapacityListDto })
  mentorsWithCapacity!: MentorCapacityListDto;
  @ApiProperty({ type: [RecentChangeDto] })
  recentChanges!: RecentChangeDto[];
  @ApiProperty({ type: AttentionDto })
  attention!: AttentionDto;
  @ApiProperty({ type: TermCountsDto })
  startupsByStage!: TermCountsDto;
  @ApiProperty({ type: TermCountsDto })
  startupsBySector!: TermCountsDto;
}
