import { ApiProperty } from '@nestjs/swagger';
import type { CallFunnel, DashboardCall } from '@kohorte/contracts';

/** Response shapes of the dashboard's calls, for the OpenAPI document only. */
class CallFunnelDto implements CallFunnel {
  @ApiProperty({ description: 'drafts: a link was sent, nothing submitted yet' })
  started!: number;
  @ApiProperty()
  applied!: number;
  @ApiProperty()
  eligible!: number;
  @ApiProperty({ description: 'eligible, with a submitted review and none still owed' })
  reviewed!: number;
  @ApiProperty()
  accepted!: number;
  @ApiProperty()
  waitlisted!: number;
  @ApiProperty()
  rejected!: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'days, submission to decision' })
  medianDaysToDecision!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'days, submission to decision' })
  maxDaysToDecision!: number | null;
}

class CallCohortDto {
  @ApiProperty({ format: 'uuid', description: 'the call page is /cohorts/{id}/call' })
  id!: string;
  @ApiProperty()
  name!: string;
}

class CallReviewsDto {
  @ApiProperty()
  submitted!: number;
  @ApiProperty({ description: 'reviews sent, without those whose reviewer declared a conflict' })
  assigned!: number;
}

export class DashboardCallDto implements DashboardCall {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: CallCohortDto })
  cohort!: CallCohortDto;
  @ApiProperty({ format: 'date-time' })
  opensAt!: string;
  @ApiProperty({ format: 'date-time' })
  closesAt!: string;
  @ApiProperty({ description: 'open for applications now' })
  open!: boolean;
  @ApiProperty({ type: CallFunnelDto })
  funnel!: CallFunnelDto;
  @ApiProperty({ type: CallReviewsDto })
  reviews!: CallReviewsDto;
}
