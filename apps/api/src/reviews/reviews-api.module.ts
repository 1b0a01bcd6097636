import { Module } from '@nestjs/common';
import { ReviewsModule } from '@kohorte/server/reviews';
import { PublicReviewsController } from './public-reviews.controller';
import { ReviewsController } from './reviews.controller';

/** Reviews of a call's applications: the staff side and the reviewers' link pages. */
@Module({
  imports: [ReviewsModule],
  controllers: [ReviewsController, PublicReviewsController],
})
export class ReviewsApiModule {}
