// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/programmes.
export * from './programme.entity';
export * from './cohort.entity';
export * from './cohort-membership.entity';
export * from './cohort-mentor.entity';
export * from './programmes.module';
export * from './programmes.service';
export * from './cohorts.service';
export * from './cohort-startups.service';
export * from './cohort-pool.service';
export * from './mentorship.entity';
export * from './mentorships.service';
export { PLACE_TAKING_STATUSES } from './cohort-locks';
export * from './cohort-locks';
export * from './programme-errors';
