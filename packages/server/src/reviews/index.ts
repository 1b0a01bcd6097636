// What this area exports; the package's index re-exports it.
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
