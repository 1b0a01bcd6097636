/** The API as a library, for the local runner that starts it in one process with the worker. */
export { createApp } from './create-app';
export { closeGracefully } from './lifecycle/graceful-close';
