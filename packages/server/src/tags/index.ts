// What this area exports; the package's index re-exports it.
export * from './normalise-tags';
export * from './tags.service';
export * from './tags.module';
