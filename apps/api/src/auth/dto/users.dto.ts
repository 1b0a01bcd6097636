import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateUserRequest,
  type ListUsersQuery,
  LOCALES,
  type Locale,
  MIN_PASSWORD_LENGTH,
  type Role,
  ROLES,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, trim } from './fields';
import { PagingQueryDto } from '../../http/paging.query';

// Offset paging gets slow far out; nobody pages through ten thousand pages of staff.

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'new.manager@example.org', maxLength: MAX_EMAIL_LENGTH })
  @Transform(trim)
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: LOCALES, default: 'de' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ListUsersQueryDto extends PagingQueryDto implements ListUsersQuery {}
