import { setupTestEnvironment } from '@kohorte/server/testing';

export default async function globalSetup(): Promise<void> {
  await setupTestEnvironment();
  // The tests stand in for many people behind one proxy on this host: each sends its own
  // X-Forwarded-For so that rate limits keyed by address do not add up across tests.
  process.env.TRUST_PROXY = 'loopback';
}
