/** The worker as a library, for the local runner that starts it in one process with the API. */
export { createWorker } from './create-worker';
