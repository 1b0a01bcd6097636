import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { HealthReport } from '@kohorte/contracts';
import { HealthService } from '@kohorte/server';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';

@ApiTags('health')
@Public()
@Controller({ path: 'health' })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Open to everyone (load balancers); 503 when PostgreSQL or Redis does not answer. */
  @Get()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'database and redis state' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.report();
    if (report.status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
