import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ListProgrammesQuery,
  ProgrammeInput,
  UpdateProgrammeRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';
import { MultiLine } from '../http/multi-line';

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** A cleared text field arrives as an empty string: store it as "not set". */
export const trimToNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
/** Optional in a PATCH, but never `null` (a name cannot be cleared). */
export const NotNull = () => ValidateIf((_object, value) => value !== undefined);

export class CreateProgrammeDto implements ProgrammeInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Accelerator' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  description?: string | null;
}

export class UpdateProgrammeDto implements UpdateProgrammeRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  description?: string | null;
}

export class ListProgrammesQueryDto extends PagingQueryDto implements ListProgrammesQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'words searched in the name' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
