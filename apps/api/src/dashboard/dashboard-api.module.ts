import { Module } from '@nestjs/common';
import { DashboardModule } from '@kohorte/server/dashboard';
import { DashboardController } from './dashboard.controller';

@Module({ imports: [DashboardModule], controllers: [DashboardController] })
export class DashboardApiModule {}
