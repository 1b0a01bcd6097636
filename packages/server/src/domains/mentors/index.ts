// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/mentors.
export * from './mentor.entity';
export * from './mentors.module';
export * from './mentors.service';
export type { MentorFilter } from './mentor-list-query';
export * from './mentor-writes';
