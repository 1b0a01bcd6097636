import { Module } from '@nestjs/common';
import { PrivacyModule } from '@kohorte/server/privacy';
import { AuditController } from './audit.controller';
import { PrivacyController } from './privacy.controller';

@Module({
  imports: [PrivacyModule],
  controllers: [PrivacyController, AuditController],
})
export class PrivacyApiModule {}
