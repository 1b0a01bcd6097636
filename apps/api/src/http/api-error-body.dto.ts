import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody, FieldError } from '@kohorte/contracts';

/** OpenAPI description of the contract's error shapes, for `@Api…Response({ type })`. */
export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email' })
  field!: string;
  @ApiProperty({ type: [String] })
  messages!: string[];
}

export class ApiErrorBodyDto implements ApiErrorBody {
  @ApiProperty()
  statusCode!: number;
  @ApiProperty()
  error!: string;
  @ApiProperty()
  message!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
