import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiBadRequestResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  type ApiErrorBody,
  CSRF_COOKIE,
  SESSION_COOKIE,
  type SessionInfo,
  type User,
} from '@kohorte/contracts';
import { SessionsService, SignInThrottledError, UsersService } from '@kohorte/server/auth';
import type { FastifyReply } from 'fastify';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { Public, Roles } from './access.decorators';
import { CurrentUser } from './current-user.decorator';
import { ChooseLanguageDto } from './dto/choose-language.dto';
import { SignInDto } from './dto/sign-in.dto';
import { SessionInfoDto } from './dto/user.dto';
import { clientIp } from '../links/link-request';
import type { AuthRequest } from './request-auth';
import { SessionCookies } from './session-cookies';

function cookie(request: AuthRequest, name: string): string | undefined {
  return request.cookies[name];
}

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly cookies: SessionCookies,
  ) {}

  /** Signs in with email and password; sets the session and CSRF cookies. */
  @Public()
  @Post('sign-in')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionInfoDto })
  @ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'wrong email or password' })
  @ApiForbiddenResponse({ type: ApiErrorBodyDto, description: 'CSRF token missing or invalid' })
  @ApiTooManyRequestsResponse({
    type: ApiErrorBodyDto,
    description: 'too many attempts; see Retry-After',
  })
  async signIn(
    @Body() dto: SignInDto,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<SessionInfo> {
    try {
      const session = await this.sessions.signIn({
        email: dto.email,
        password: dto.password,
        ip: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
        presentedToken: cookie(request, SESSION_COOKIE),
      });
      this.cookies.issue(res, session);
      return { user: session.user };
    } catch (error) {
      if (error instanceof SignInThrottledError) {
        res.header('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }
  }

  /** Ends the session and clears both cookies. Every role may sign out. */
  @Roles('admin', 'manager', 'viewer')
  @Post('sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth()
  @ApiNoContentResponse()
  async signOut(
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.sessions.signOut(cookie(request, SESSION_COOKIE));
    this.cookies.clear(res);
  }

  /**
   * Keeps the signed-in person's choice from the language menu (de, en-GB, en-US), so that it
   * follows them to another browser and their emails come in its language. Every role may.
   */
  @Roles('admin', 'manager', 'viewer')
  @Put('language')
  @ApiCookieAuth()
  @ApiOkResponse({ type: SessionInfoDto })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  async chooseLanguage(
    @Body() dto: ChooseLanguageDto,
    @CurrentUser() user: User,
  ): Promise<SessionInfo> {
    return { user: await this.users.chooseLanguage(user.id, dto.language) };
  }

  /**
   * Who is signed in; 401 when nobody is. A browser without any CSRF cookie gets one here, so
   * that its sign-in POST can carry the X-XSRF-TOKEN header.
   */
  @Public()
  @Get('session')
  @ApiCookieAuth()
  @ApiOkResponse({ type: SessionInfoDto })
  @ApiUnauthorizedResponse({ type: ApiErrorBodyDto })
  session(@Req() request: AuthRequest, @Res({ passthrough: true }) res: FastifyReply): SessionInfo {
    const csrfCookie = cookie(request, CSRF_COOKIE);
    if (request.auth) {
      if (csrfCookie !== request.auth.csrfToken) {
        const maxAgeSeconds = Math.floor((request.auth.expiresAt.getTime() - Date.now()) / 1000);
        this.cookies.setCsrf(res, request.auth.csrfToken, Math.max(0, maxAgeSeconds));
      }
      return { user: request.auth.user };
    }
    if (cookie(request, SESSION_COOKIE) !== undefined) this.cookies.clearSession(res);
    if (csrfCookie === undefined) this.cookies.issuePreSessionCsrf(res);
    const body: ApiErrorBody = { statusCode: 401, error: 'Unauthorized', message: 'Not signed in' };
    throw new UnauthorizedException(body);
  }
}
