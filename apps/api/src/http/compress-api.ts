import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isApiPath } from './api-path';

/**
 * Compresses the API's answers (JSON, CSV) above 1 kB, brotli when the browser takes it: a list
 * page or the vocabularies are 15–20 kB of JSON that shrink to a fifth. The web app's files pass
 * as they are: the build compressed them once (web/web-app.ts sends those copies).
 *
 * Brotli at quality 1: on a list page (8.9 kB of JSON) it took 33 µs of CPU for 2.7 kB, where
 * quality 4 took 126 µs for 2.4 kB and gzip 59 µs for 2.6 kB — per request, the CPU matters more
 * than the last 300 bytes. The maximum quality suits files compressed once at build time.
 */
export async function compressApi(app: NestFastifyApplication): Promise<void> {
  // The routes of the web build's files keep their answers as the build left them.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if (!isApiPath(route.url)) route.compress = false;
    });
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
  });
}
