import { type INestApplication, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadPackage } from '@nestjs/common/internal';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import {
  KOHORTE_CONFIG,
  type KohorteConfig,
  loadConfig,
  nestLogLevels,
} from '@kohorte/server/config';
import { AppModule } from './app.module';
import { compressApi } from './http/compress-api';
import { applyHttpPolicy } from './http/http-policy';
import { jsonBody, MAX_JSON_BYTES } from './http/json-body';
import { checkQueryEncoding, parseQuery } from './http/query-string';
import { ServiceUnavailableFilter } from './http/service-unavailable.filter';
import { TextInputPipe } from './http/text-input.pipe';
import { createValidationPipe } from './http/validation';
import { drainAware } from './lifecycle/graceful-close';
import { observeHttp } from './observability/observe-http';
import { requestIdOf } from './observability/request-id';
import { serveWebApp } from './web/web-app';

/**
 * The HTTP server: Fastify under Nest. A list page costs about two thirds of the CPU it cost on
 * Express (`npm run bench:api`: routing, the middleware chain and the answer's path), and CPU is
 * what a small server runs out of first.
 */
function httpAdapter(config: KohorteConfig): FastifyAdapter {
  return new FastifyAdapter({
    // X-Forwarded-For/-Proto count only from the proxies TRUST_PROXY names (see http-policy.ts).
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    genReqId: requestIdOf,
    bodyLimit: MAX_JSON_BYTES,
    routerOptions: { querystringParser: parseQuery, ignoreTrailingSlash: true },
  });
}

/** Builds and initialises the HTTP application with everything but `listen`, so tests drive the same app. */
export async function createApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    httpAdapter(loadConfig()),
    {
      logger: nestLogLevels(),
      // The API speaks JSON only, through its own parser (see jsonBody).
      bodyParser: false,
      bufferLogs: true,
    },
  );
  const config = app.get<KohorteConfig>(KOHORTE_CONFIG);
  const fastify = app.getHttpAdapter().getInstance();
  observeHttp(app);
  drainAware(app);
  applyHttpPolicy(app, config);
  fastify.addHook('onRequest', checkQueryEncoding);
  await compressApi(app);
  await app.register(fastifyCookie);
  jsonBody(fastify);
  if (config.webDist) await serveWebApp(app, config.webDist);
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: undefined });
  app.useGlobalPipes(new TextInputPipe(), createValidationPipe());
  app.useGlobalFilters(new ServiceUnavailableFilter(app.getHttpAdapter()));

  const openApi = new DocumentBuilder()
    .setTitle('Kohorte API')
    .setDescription('Startups, mentors, investors, programmes and cohorts of an incubator')
    .setVersion('1')
    .addCookieAuth('kohorte_session')
    .build();
  // SwaggerModule serves its UI through @fastify/static, imported when Fastify loads its plugins;
  // Nest keeps what loadPackage loaded, so loading it here first means that import never comes
  // late. A late one (an app still starting when a test's Jest environment was torn down) failed,
  // and Nest's answer to a failed loadPackage is to exit the process.
  await loadPackage('@fastify/static', 'SwaggerModule', () => import('@fastify/static'));
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  // Fastify takes requests only once its plugins are loaded: tests send theirs without `listen`.
  await app.init();
  await fastify.ready();
  return app;
}
