import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListProgrammesQuery,
  PROGRAMME_FIELDS,
  type ProgrammeInput,
  type UpdateProgrammeRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';
import { SchemaField } from '../http/schema-field';

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** Optional in a PATCH, but never `null` (a name cannot be cleared). */
export const NotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Validated by the programme's field rules (PROGRAMME_FIELDS), as the web form checks them. */
export class CreateProgrammeDto implements ProgrammeInput {
  @SchemaField(PROGRAMME_FIELDS.name, { example: 'Accelerator' })
  name!: string;

  @SchemaField(PROGRAMME_FIELDS.description)
  description?: string | null;
}

export class UpdateProgrammeDto implements UpdateProgrammeRequest {
  @SchemaField(PROGRAMME_FIELDS.name, { partial: true })
  name?: string;

  @SchemaField(PROGRAMME_FIELDS.description)
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
