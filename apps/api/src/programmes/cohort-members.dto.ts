import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AddCohortMentorsRequest,
  type AddCohortStartupsRequest,
  type AssignMentorRequest,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  type MoveCohortStartupRequest,
} from '@kohorte/contracts';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsUUID,
} from 'class-validator';

// One request adds at most this many; a bigger intake is an import.
const MAX_IDS = 100;
const statusMessage = { message: `$property must be one of ${MEMBERSHIP_STATUSES.join(', ')}` };

const IdList = (): PropertyDecorator => {
  const decorators = [
    IsArray(),
    ArrayNotEmpty(),
    ArrayMaxSize(MAX_IDS),
    ArrayUnique({ message: '$property must not repeat an id' }),
    IsUUID(undefined, { each: true, message: 'each value in $property must be a UUID' }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

export class AddCohortStartupsDto implements AddCohortStartupsRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_IDS })
  @IdList()
  startupIds!: string[];

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, default: 'applied' })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES, statusMessage)
  status?: MembershipStatus;
}

export class MoveCohortStartupDto implements MoveCohortStartupRequest {
  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  @IsIn(MEMBERSHIP_STATUSES, statusMessage)
  status!: MembershipStatus;
}

export class AddCohortMentorsDto implements AddCohortMentorsRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_IDS })
  @IdList()
  mentorIds!: string[];
}

export class AssignMentorDto implements AssignMentorRequest {
  @ApiProperty({ format: 'uuid', description: "a mentor of the cohort's pool" })
  @IsUUID()
  mentorId!: string;
}
