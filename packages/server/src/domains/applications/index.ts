// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/applications.
export * from './call.entity';
export * from './application.entity';
export * from './application-file.entity';
export * from './calls.service';
export * from './applicant.service';
export * from './applicant-access-reports';
export * from './screening.service';
export * from './decisions.service';
export * from './applications.module';
export * from './retention-sweeper';
export * from './application-rows';
export * from './rule-errors';
