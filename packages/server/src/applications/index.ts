// What this area exports; the package's index re-exports it.
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
