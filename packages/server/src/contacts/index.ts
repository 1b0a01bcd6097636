// What this area exports; the package's index re-exports it.
export * from './startup-contact.entity';
export * from './contacts.service';
export * from './contacts.module';
