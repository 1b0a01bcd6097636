// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/mail.
export * from './mail-outbox.entity';
export * from './mail-outbox';
export * from './mail-link';
export * from './mail-template';
export * from './html';
export * from './mail-preview';
export * from './mail-renderer';
export * from './mail-transport';
export * from './mail-send-handler';
export * from './mail-sweeper';
export * from './mailbox.service';
export * from './mail.module';
export * from './templates/index';
