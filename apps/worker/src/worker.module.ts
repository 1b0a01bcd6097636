import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import {
  ApplicationsModule,
  CoreModule,
  ImportsModule,
  MailModule,
  MatchingModule,
  ObservabilityModule,
  OffersModule,
  PrivacyModule,
  ReviewsModule,
  StartupsModule,
} from '@kohorte/server';
import { ApplicationsProcessor } from './applications.processor';
import { ImportsProcessor } from './imports.processor';
import { JobObserver } from './job-observer';
import { MailProcessor } from './mail.processor';
import { MatchingProcessor } from './matching.processor';
import { OffersProcessor } from './offers.processor';
import { PrivacyProcessor } from './privacy.processor';
import { JobOutboxPump } from './job-outbox-pump';
import { StartupsProcessor } from './startups.processor';
import { StuckWorkSweep } from './stuck-work-sweep';
import { SweepSchedules } from './sweep-schedules';

/** Everything the worker runs: the shared core, the domain modules and their queue processors. */
@Module({
  imports: [
    CoreModule,
    ObservabilityModule.forRoot('worker'),
    DiscoveryModule,
    StartupsModule,
    ImportsModule,
    MatchingModule,
    MailModule,
    OffersModule,
    ApplicationsModule,
    PrivacyModule,
    ReviewsModule,
  ],
  providers: [
    StartupsProcessor,
    ImportsProcessor,
    MatchingProcessor,
    MailProcessor,
    OffersProcessor,
    ApplicationsProcessor,
    PrivacyProcessor,
    SweepSchedules,
    JobOutboxPump,
    StuckWorkSweep,
    JobObserver,
  ],
})
export class WorkerModule {}
