// What this area exports; the package's index re-exports it.
export * from './programme.entity';
export * from './cohort.entity';
export * from './cohort-membership.entity';
export * from './cohort-mentor.entity';
