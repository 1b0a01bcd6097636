import { ApiProperty } from '@nestjs/swagger';
import {
  LOCALES,
  type Locale,
  type Page,
  type Role,
  ROLES,
  type SessionInfo,
  type User,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class UserDto implements User {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  email!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ enum: LOCALES })
  locale!: Locale;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class SessionInfoDto implements SessionInfo {
  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

export class UserPageDto implements Page<User> {
  @ApiProperty({ type: [UserDto] })
  items!: UserDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}
