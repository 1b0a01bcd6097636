import { type INestApplication, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { KOHORTE_CONFIG, type KohorteConfig, nestLogLevels } from '@kohorte/server/config';
import { AppModule } from './app.module';
import { compressApi } from './http/compress-api';
import { applyHttpPolicy } from './http/http-policy';
import { jsonBody } from './http/json-body';
import { parseQuery } from './http/query-string';
import { ServiceUnavailableFilter } from './http/service-unavailable.filter';
import { TextInputPipe } from './http/text-input.pipe';
import { createValidationPipe } from './http/validation';
import { drainAware } from './lifecycle/graceful-close';
import { observeHttp } from './observability/observe-http';
import { webAppMiddleware } from './web/web-app';

/** Builds the HTTP application with everything but `listen`, so tests drive the same app. */
export async function createApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: nestLogLevels(),
    // The API speaks JSON only, through its own parser (see jsonBody).
    bodyParser: false,
    bufferLogs: true,
  });
  observeHttp(app);
  drainAware(app);
  applyHttpPolicy(app, app.get<KohorteConfig>(KOHORTE_CONFIG));
  app.use(compressApi());
  app.use(cookieParser());
  app.use(jsonBody());
  app.set('query parser', parseQuery);
  // API answers are never cached (no-store, see applyHttpPolicy), so a weak ETag — a hash of
  // every body — would only cost CPU. The web app's files keep theirs (express-static-gzip).
  app.set('etag', false);
  const { webDist } = app.get<KohorteConfig>(KOHORTE_CONFIG);
  if (webDist) app.use(webAppMiddleware(webDist));
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
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
