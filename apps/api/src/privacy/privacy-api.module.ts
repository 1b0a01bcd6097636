import { Module } from '@nestjs/common';
import { PrivacyModule } from '@kohorte/server';
import { PrivacyController } from './privacy.controller';

@Module({
  imports: [PrivacyModule],
  controllers: [PrivacyController],
})
export class PrivacyApiModule {}
