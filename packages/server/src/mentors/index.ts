// What this area exports; the package's index re-exports it.
export * from './mentor.entity';
export * from './mentors.module';
export * from './mentors.service';
export type { MentorFilter } from './mentor-list-query';
