import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@kohorte/server';
import { ApplicationsController } from './applications.controller';
import { CallsController } from './calls.controller';
import { PublicApplicationsController } from './public-applications.controller';

/** Calls for applications: the staff side (call, screening, decisions) and the public pages'. */
@Module({
  imports: [ApplicationsModule],
  controllers: [CallsController, ApplicationsController, PublicApplicationsController],
})
export class ApplicationsApiModule {}
