import { Module } from '@nestjs/common';
import { CoreModule, HealthModule } from '@kohorte/server';
import { HealthController } from './health/health.controller';

@Module({
  imports: [CoreModule, HealthModule],
  controllers: [HealthController],
})
export class AppModule {}
