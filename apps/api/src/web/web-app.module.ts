import { basename } from 'node:path';
import { Module } from '@nestjs/common';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server';
import type { Response } from 'express';

// Angular's production build puts a content hash in every bundle name (main-5XK3N2QZ.js): such a
// file never changes, so browsers may keep it for a year.
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** Cache policy: hashed bundles for a year; everything else (index.html above all) revalidated. */
export function cacheControlFor(path: string): string {
  return HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function webAppOptions(webDist: string): ServeStaticModuleOptions[] {
  if (!webDist) return [];
  return [
    {
      rootPath: webDist,
      // API paths never fall back to the app: an unknown API route stays a JSON 404.
      exclude: ['/api/{*path}'],
      serveStaticOptions: {
        index: 'index.html',
        redirect: false,
        setHeaders: (res: Response, path: string) =>
          res.setHeader('Cache-Control', cacheControlFor(path)),
      },
    },
  ];
}

/**
 * The built web app (WEB_DIST), served by the API in production: its files, and index.html for
 * every other non-API path so that the app's own routes work on reload. Serves nothing when
 * WEB_DIST is empty (development, where `ng serve` serves the app).
 */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [KOHORTE_CONFIG],
      useFactory: (config: KohorteConfig) => webAppOptions(config.webDist),
    }),
  ],
})
export class WebAppModule {}
