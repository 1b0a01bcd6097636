import { Module } from '@nestjs/common';
import { HealthModule } from '@kohorte/server/health';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';

/** Health, liveness and readiness endpoints; exports `Readiness` for graceful shutdown. */
@Module({
  imports: [HealthModule],
  controllers: [HealthController],
  providers: [Readiness],
  exports: [Readiness],
})
export class HealthApiModule {}
