import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MATCHING_KINDS,
  MATCHING_RUN_STATUSES,
  MATCHING_STEPS,
  type MatchingKind,
  type MatchingParameters,
  type MatchingRun,
  type MatchingRunProposals,
  type MatchingRunStarted,
  type MatchingRunStats,
  type MatchingRunStatus,
  type MatchingStep,
  type MatchPartner,
  type MatchProposal,
  type MatchShortfall,
  type PartnerLoad,
  type ProposalAlternative,
  type ProposalCounts,
  type ProposalPart,
  PROPOSAL_STATUSES,
  type ProposalStatus,
  type StartupProposals,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class MatchingRunStartedDto implements MatchingRunStarted {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: ['queued'] })
  status!: 'queued';
}

class RefDto implements MatchPartner {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

export class MatchingRunDto implements MatchingRun {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  cohortId!: string;
  @ApiProperty({ enum: MATCHING_KINDS })
  kind!: MatchingKind;
  @ApiProperty({ enum: MATCHING_RUN_STATUSES })
  status!: MatchingRunStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  progress!: number;
  @ApiProperty({ enum: MATCHING_STEPS, nullable: true })
  step!: MatchingStep | null;
  @ApiProperty({ type: String, nullable: true, description: 'why it failed' })
  error!: string | null;
  @ApiProperty({ type: Object, description: 'k, minScore, weights, fairness, fairnessPenalty' })
  parameters!: MatchingParameters;
  @ApiProperty({ type: Number, nullable: true })
  totalScore!: number | null;
  @ApiProperty({ type: Object, nullable: true, description: 'solver statistics and counts' })
  stats!: MatchingRunStats | null;
  @ApiProperty({ type: Object, description: 'proposals per status' })
  counts!: ProposalCounts;
  @ApiProperty({ type: RefDto, nullable: true })
  createdBy!: RefDto | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}

class ReasonDto {
  @ApiProperty()
  de!: string;
  @ApiProperty()
  en!: string;
}

class ProposalPartDto implements ProposalPart {
  @ApiProperty()
  part!: ProposalPart['part'];
  @ApiProperty()
  points!: number;
  @ApiProperty()
  max!: number;
  @ApiProperty({ type: ReasonDto })
  reason!: ReasonDto;
}

export class MatchProposalDto implements MatchProposal {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  runId!: string;
  @ApiProperty({ format: 'uuid' })
  startupId!: string;
  @ApiProperty({ type: RefDto })
  partner!: RefDto;
  @ApiProperty({ minimum: 0, maximum: 100 })
  score!: number;
  @ApiProperty({ type: [ProposalPartDto] })
  parts!: ProposalPartDto[];
  @ApiProperty({ type: 'integer' })
  rank!: number;
  @ApiProperty({ enum: PROPOSAL_STATUSES })
  status!: ProposalStatus;
  @ApiProperty()
  pinned!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;
}

class ShortfallDto implements MatchShortfall {
  @ApiProperty()
  wanted!: number;
  @ApiProperty()
  assigned!: number;
  @ApiProperty()
  candidates!: number;
  @ApiProperty({ enum: ['no-candidate', 'capacity-exhausted', 'fairness'] })
  reason!: MatchShortfall['reason'];
}

class StartupProposalsDto implements StartupProposals {
  @ApiProperty({ type: RefDto })
  startup!: RefDto;
  @ApiProperty({ type: [MatchProposalDto] })
  proposals!: MatchProposalDto[];
  @ApiPropertyOptional({ type: ShortfallDto, nullable: true })
  shortfall!: ShortfallDto | null;
}

class PartnerLoadDto implements PartnerLoad {
  @ApiProperty({ type: RefDto })
  partner!: RefDto;
  @ApiProperty({ description: 'proposed or approved in this run' })
  proposed!: number;
  @ApiProperty({ description: 'live mentorships and open offers from before' })
  committed!: number;
  @ApiProperty()
  capacity!: number;
  @ApiProperty({ description: 'live mentorships (investors: accepted introductions)' })
  live!: number;
  @ApiProperty({ description: 'offers sent and not yet answered, in this run or another' })
  offered!: number;
}

export class MatchingRunProposalsDto implements MatchingRunProposals {
  @ApiProperty({ type: MatchingRunDto })
  run!: MatchingRunDto;
  @ApiProperty({ type: [StartupProposalsDto] })
  startups!: StartupProposalsDto[];
  @ApiProperty({ type: [PartnerLoadDto] })
  load!: PartnerLoadDto[];
}

export class ProposalAlternativeDto implements ProposalAlternative {
  @ApiProperty({ type: RefDto })
  partner!: RefDto;
  @ApiProperty()
  score!: number;
  @ApiProperty({ type: [ProposalPartDto] })
  parts!: ProposalPartDto[];
  @ApiProperty()
  freePlaces!: number;
}
