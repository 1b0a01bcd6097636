// What this area exports; the package's index re-exports it.
export * from './activity.entity';
export * from './activity-recorder';
export * from './activity.service';
export * from './activity-subjects';
export * from './activity.module';
export * from './field-changes';
