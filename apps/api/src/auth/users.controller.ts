import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Page, User } from '@kohorte/contracts';
import { UsersService } from '@kohorte/server/auth';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { Roles } from './access.decorators';
import { UserDto, UserPageDto } from './dto/user.dto';
import { CreateUserDto, ListUsersQueryDto } from './dto/users.dto';

/** Staff accounts; admins only. */
@ApiTags('users')
@ApiCookieAuth()
@ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'not an admin, or CSRF token invalid' })
@Roles('admin')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  list(@Query() query: ListUsersQueryDto): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'the email is taken' })
  create(@Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(dto);
  }
}
