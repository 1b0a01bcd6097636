import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ApplicationsModule } from '@kohorte/server/applications';
import { CoreModule } from '@kohorte/server/core';
import { ImportsModule } from '@kohorte/server/imports';
import { MailModule } from '@kohorte/server/mail';
import { MatchingModule } from '@kohorte/server/matching';
import { ObservabilityModule } from '@kohorte/server/observability';
import { OffersModule } from '@kohorte/server/offers';
import { PrivacyModule } from '@kohorte/server/privacy';
import { ReviewsModule } from '@kohorte/server/reviews';
import { StartupsModule } from '@kohorte/server/startups';
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
