import { Module } from '@nestjs/common';
import { CoreModule, HealthModule } from '@kohorte/server';
import { ApiAuthModule } from './auth/api-auth.module';
import { HealthController } from './health/health.controller';
import { StartupsApiModule } from './startups/startups-api.module';
import { VocabulariesApiModule } from './vocabularies/vocabularies-api.module';

@Module({
  imports: [CoreModule, HealthModule, ApiAuthModule, StartupsApiModule, VocabulariesApiModule],
  controllers: [HealthController],
})
export class AppModule {}
