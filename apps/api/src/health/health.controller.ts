import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthReport } from '@kohorte/contracts';
import { HealthService } from '@kohorte/server/health';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { Readiness } from './readiness';

@ApiTags('health')
@Public()
@Controller({ path: 'health' })
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly readiness: Readiness,
  ) {}

  /** Open to everyone (load balancers); 503 when PostgreSQL or Redis does not answer. */
  @Get()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'database and redis state' })
  async check(@Res({ passthrough: true }) res: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    if (report.status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  /**
   * Liveness: the process answers. Checks no dependency on purpose: a database outage must not make
   * the orchestrator restart every API at once.
   */
  @Get('live')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'the process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: send requests here. 503 while PostgreSQL or Redis does not answer, and from the
   * moment shutdown begins.
   */
  @Get('ready')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'ready for requests' })
  @ApiServiceUnavailableResponse({ description: 'a store does not answer, or shutting down' })
  async ready(
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<HealthReport & { shuttingDown: boolean }> {
    const shuttingDown = this.readiness.isShuttingDown;
    const report = await this.health.report();
    if (shuttingDown || report.status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { ...report, shuttingDown };
  }
}
