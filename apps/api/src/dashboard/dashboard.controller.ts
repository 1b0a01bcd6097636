import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Dashboard } from '@kohorte/contracts';
import { DashboardService } from '@kohorte/server/dashboard';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { DashboardDto } from './dashboard.response';

/** The home page's figures; every signed-in role. */
@ApiTags('dashboard')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@Controller({ path: 'dashboard', version: '1' })
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOkResponse({ type: DashboardDto })
  get(): Promise<Dashboard> {
    return this.dashboard.get();
  }
}
