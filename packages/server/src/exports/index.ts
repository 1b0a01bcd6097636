// What this area exports; the package's index re-exports it.
export * from './exports.module';
export * from './exports.service';
export * from './records-csv';
