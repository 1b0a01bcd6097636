import { ApiProperty } from '@nestjs/swagger';
import type { SignInRequest } from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, trim } from './fields';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'manager@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}
