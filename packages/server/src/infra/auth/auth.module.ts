import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionCache } from './session-cache';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** Staff accounts and their sessions. Needs CoreModule (database, Redis, configuration). */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [UsersService, SessionsService, SessionCache, SignInLimiter],
  exports: [UsersService, SessionsService],
})
export class AuthModule {}
