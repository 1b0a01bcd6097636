import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@kohorte/server/auth';
import { AuthController } from './auth.controller';
import { CsrfGuard } from './csrf.guard';
import { RolesGuard } from './roles.guard';
import { SessionCookies } from './session-cookies';
import { SessionGuard } from './session.guard';
import { UsersController } from './users.controller';

/**
 * Sign-in, sessions, users, and the global guards. Global guards run in the order they are
 * provided here: session (who is it?) → CSRF (did their page send this?) → roles (may they?).
 */
@Module({
  imports: [AuthModule],
  controllers: [AuthController, UsersController],
  providers: [
    SessionCookies,
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class ApiAuthModule {}
