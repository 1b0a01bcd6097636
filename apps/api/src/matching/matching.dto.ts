import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import {
  type ApproveProposalsRequest,
  type ListProposalsQuery,
  MATCHING_KINDS,
  MAX_MATCHING_K,
  type MatchingKind,
  type MatchingWeights,
  type StartMatchingRunRequest,
  type SwapProposalRequest,
} from '@kohorte/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const Weight = (): PropertyDecorator => {
  const decorators = [
    ApiPropertyOptional({ minimum: 0, maximum: 100 }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

/** Weights of the score's parts; the service refuses the parts of the other kind. */
export class MatchingWeightsDto implements MatchingWeights {
  @Weight() topics?: number;
  @Weight() sector?: number;
  @Weight() stage?: number;
  @Weight() language?: number;
  @Weight() location?: number;
  @Weight() capacity?: number;
  @Weight() ticket?: number;
  @Weight() region?: number;
}

export class StartMatchingRunDto implements StartMatchingRunRequest {
  @ApiProperty({ enum: MATCHING_KINDS })
  @IsIn(MATCHING_KINDS, { message: `$property must be one of ${MATCHING_KINDS.join(', ')}` })
  kind!: MatchingKind;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_MATCHING_K, default: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MATCHING_K)
  k?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ type: MatchingWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsDto)
  weights?: MatchingWeightsDto;

  @ApiPropertyOptional({
    default: true,
    description:
      'spread the places over the partners: each further startup of one partner costs points',
  })
  @IsOptional()
  @IsBoolean()
  fairness?: boolean;

  @ApiPropertyOptional({
    default: true,
    description: 'after a decline, offer the startup to the next best mentor',
  })
  @IsOptional()
  @IsBoolean()
  offerNextOnDecline?: boolean;
}

// A cohort's proposals fit easily; more at once is not a manager's click.
const MAX_IDS = 500;

export class ApproveProposalsDto implements ApproveProposalsRequest {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_IDS,
    description: 'only these; all proposed pairs of the run when left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_IDS)
  @ArrayUnique({ message: '$property must not repeat an id' })
  @IsUUID(undefined, { each: true, message: 'each value in $property must be a UUID' })
  proposalIds?: string[];
}

export class SwapProposalDto implements SwapProposalRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'the new mentor (mentor runs)' })
  @IsOptional()
  @IsUUID()
  mentorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the new investor (investor runs)' })
  @IsOptional()
  @IsUUID()
  investorId?: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListProposalsQueryDto implements ListProposalsQuery {
  @ApiPropertyOptional({ description: 'only startups with fewer than k open proposals' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unmatched?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: 'only startups with an open proposal scoring below this',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  lowScore?: number;
}
