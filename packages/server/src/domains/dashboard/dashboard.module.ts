import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';

/** The managers' home page figures. Needs CoreModule. */
@Module({ providers: [DashboardService], exports: [DashboardService] })
export class DashboardModule {}
