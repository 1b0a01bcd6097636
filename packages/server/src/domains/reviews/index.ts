// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/reviews.
export * from './call-reviewer.entity';
export * from './review-rubric.entity';
export * from './review.entity';
export * from './review-pair.entities';
export * from './reviewers.service';
export * from './review-assignment.service';
export * from './reviewer-link.service';
export * from './ranking.service';
export * from './review-reminder-sweeper';
export * from './reviews.module';
