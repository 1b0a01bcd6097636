// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/contacts.
export * from './startup-contact.entity';
export * from './contacts.service';
export * from './contacts.module';
export * from './founder-contacts';
