import { teardownTestEnvironment } from '@kohorte/server/testing';
import { stopProcess } from './app-processes';

export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.kohorteE2eProcesses ?? []).map(stopProcess));
  await teardownTestEnvironment();
}
