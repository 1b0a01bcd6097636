/**
 * The real API for the benchmark (createApp + listen), as production runs it; started as a child
 * process by bench-api (see child-control).
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from '@kohorte/api';
import { reportListening } from './child-control';

async function main(): Promise<void> {
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as { address(): AddressInfo }).address();
  reportListening(address.port, () => app.close());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
