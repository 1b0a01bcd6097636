// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/privacy.
export * from './access-report.entity';
export * from './erasure-record.entity';
export * from './personal-data-registry';
export * from './access-reports.service';
export * from './access-report-handler';
export * from './privacy-erasures';
export * from './privacy.module';
export * from './retention-setting.entity';
export * from './consent.entity';
export * from './consents';
export * from './privacy-retention';
export * from './records-of-processing';
export * from './audit-entry.entity';
export * from './audit-log';
export * from './privacy-records';
