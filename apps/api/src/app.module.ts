import { Module } from '@nestjs/common';
import { CoreModule } from '@kohorte/server/core';
import { ObservabilityModule } from '@kohorte/server/observability';
import { ApiAuthModule } from './auth/api-auth.module';
import { HealthApiModule } from './health/health-api.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { StartupsApiModule } from './startups/startups-api.module';
import { MentorsApiModule } from './mentors/mentors-api.module';
import { InvestorsApiModule } from './investors/investors-api.module';
import { ProgrammesApiModule } from './programmes/programmes-api.module';
import { TimelineApiModule } from './timeline/timeline-api.module';
import { ImportsApiModule } from './imports/imports-api.module';
import { ExportsApiModule } from './exports/exports-api.module';
import { SearchApiModule } from './search/search-api.module';
import { DashboardApiModule } from './dashboard/dashboard-api.module';
import { TagsApiModule } from './tags/tags-api.module';
import { SavedViewsApiModule } from './saved-views/saved-views-api.module';
import { MatchingApiModule } from './matching/matching-api.module';
import { VocabulariesApiModule } from './vocabularies/vocabularies-api.module';
import { FounderProfileApiModule } from './founder-profile/founder-profile-api.module';
import { MailApiModule } from './mail/mail-api.module';
import { OffersApiModule } from './offers/offers-api.module';
import { IntroductionsApiModule } from './introductions/introductions-api.module';
import { ApplicationsApiModule } from './applications/applications-api.module';
import { PrivacyApiModule } from './privacy/privacy-api.module';
import { AuditApiModule } from './audit/audit-api.module';
import { ReviewsApiModule } from './reviews/reviews-api.module';

@Module({
  imports: [
    CoreModule,
    ObservabilityModule.forRoot('api'),
    HealthApiModule,
    QueueBoardModule,
    ApiAuthModule,
    StartupsApiModule,
    VocabulariesApiModule,
    MentorsApiModule,
    InvestorsApiModule,
    ProgrammesApiModule,
    TimelineApiModule,
    ImportsApiModule,
    ExportsApiModule,
    SearchApiModule,
    DashboardApiModule,
    TagsApiModule,
    SavedViewsApiModule,
    MatchingApiModule,
    FounderProfileApiModule,
    MailApiModule,
    OffersApiModule,
    IntroductionsApiModule,
    ApplicationsApiModule,
    PrivacyApiModule,
    AuditApiModule,
    ReviewsApiModule,
  ],
})
export class AppModule {}
