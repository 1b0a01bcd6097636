// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/timeline.
export * from './timeline-entry.entity';
export * from './timeline-recorder';
export * from './timeline.service';
export * from './timeline-subjects';
export * from './timeline.module';
export * from './field-changes';
