// What this area exports; the package's index re-exports it.
export * from './startup-figures.entity';
export * from './founder-profile-mapper';
export * from './founder-profile.service';
export * from './profile-requests.service';
export * from './founder-profile.module';
