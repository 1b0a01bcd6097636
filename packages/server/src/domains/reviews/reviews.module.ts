import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailModule } from '../mail/index';
import { VocabulariesModule } from '../vocabularies/index';
import { RankingService } from './ranking.service';
import { ReviewAssignmentService } from './review-assignment.service';
import { ReviewReminderSweeper } from './review-reminder-sweeper';
import { ReviewerLinkService } from './reviewer-link.service';
import { ReviewersService } from './reviewers.service';

/**
 * Reviews of a call's applications: reviewers and the rubric, the assignment and invitations,
 * reviewing through a link, reminders, and the calibrated ranking. Needs CoreModule.
 */
@Module({
  imports: [TimelineModule, LinksModule, MailModule, VocabulariesModule],
  providers: [
    ReviewersService,
    ReviewAssignmentService,
    ReviewerLinkService,
    RankingService,
    ReviewReminderSweeper,
  ],
  exports: [
    ReviewersService,
    ReviewAssignmentService,
    ReviewerLinkService,
    RankingService,
    ReviewReminderSweeper,
    LinksModule,
  ],
})
export class ReviewsModule {}
