// What this area exports; the package's index re-exports it.
export * from './offer-types';
export * from './mentor-offers.service';
export * from './offers.module';
