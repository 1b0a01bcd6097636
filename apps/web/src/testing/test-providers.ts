import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { EnvironmentProviders, importProvidersFrom, Provider } from '@angular/core';
import { ComponentFixture, DeferBlockState } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Vocabularies } from '@kohorte/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authErrorInterceptor } from '../app/core/http/auth-error-interceptor';
import { provideDateAdapter } from '../app/core/i18n/date-adapter';
import { registerLocales } from '../app/core/i18n/provide-i18n';
import { provideIcons } from '../app/core/icons';
import { TRANSLATION_FEATURES } from '../app/core/i18n/transloco-loader';

/** The real translations of a language, merged as the app's loader merges them. */
function translations(lang: string): Record<string, unknown> {
  const dir = join(__dirname, '../../public/i18n');
  const files = [`${lang}.json`, ...TRANSLATION_FEATURES.map((f) => `${f}/${lang}.json`)];
  return Object.assign(
    {},
    ...files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as object),
  ) as Record<string, unknown>;
}
const en = translations('en');
const de = translations('de');

/** What every component test needs: HTTP (mocked), the real translations, icons, no animations. */
export function provideTestEnvironment(): (Provider | EnvironmentProviders)[] {
  registerLocales();
  return [
    provideHttpClient(withInterceptors([authErrorInterceptor])),
    provideHttpClientTesting(),
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: { en, de },
        translocoConfig: {
          availableLangs: ['de', 'en'],
          defaultLang: 'en',
          reRenderOnLangChange: true,
          missingHandler: { logMissingKey: false },
        },
        preloadLangs: true,
      }),
    ),
    provideDateAdapter(),
    provideIcons(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Lets timers, promises (router navigation) and change detection run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The latest open request matching `predicate`, waiting briefly for it: requests here start
 * after a router navigation, which completes asynchronously.
 */
export async function nextRequest(
  http: HttpTestingController,
  predicate: (url: string) => boolean,
  attempts = 50,
): Promise<TestRequest> {
  for (let i = 0; i < attempts; i++) {
    const open = http.match((req) => predicate(req.url)).filter((req) => !req.cancelled);
    if (open.length > 0) return open[open.length - 1];
    await settle();
  }
  throw new Error('Expected a request that never came');
}

export const TEST_VOCABULARIES: Vocabularies = {
  stages: [
    {
      kind: 'stages',
      key: 'pre-seed',
      labelDe: 'Pre-Seed',
      labelEn: 'Pre-seed',
      position: 1,
      parent: null,
    },
    { kind: 'stages', key: 'seed', labelDe: 'Seed', labelEn: 'Seed', position: 2, parent: null },
  ],
  sectors: [
    {
      kind: 'sectors',
      key: 'fintech',
      labelDe: 'Finanztechnologie',
      labelEn: 'Fintech',
      position: 2,
      parent: null,
    },
    {
      kind: 'sectors',
      key: 'health',
      labelDe: 'Gesundheit',
      labelEn: 'Health',
      position: 1,
      parent: null,
    },
  ],
  topics: [
    {
      kind: 'topics',
      key: 'sales',
      labelDe: 'Vertrieb',
      labelEn: 'Sales',
      position: 1,
      parent: null,
    },
  ],
  languages: [
    {
      kind: 'languages',
      key: 'de',
      labelDe: 'Deutsch',
      labelEn: 'German',
      position: 1,
      parent: null,
    },
    {
      kind: 'languages',
      key: 'en',
      labelDe: 'Englisch',
      labelEn: 'English',
      position: 2,
      parent: null,
    },
  ],
  regions: [
    {
      kind: 'regions',
      key: 'europe',
      labelDe: 'Europa',
      labelEn: 'Europe',
      position: 0,
      parent: null,
    },
    {
      kind: 'regions',
      key: 'germany',
      labelDe: 'Deutschland',
      labelEn: 'Germany',
      position: 0,
      parent: 'europe',
    },
    {
      kind: 'regions',
      key: 'sachsen',
      labelDe: 'Sachsen',
      labelEn: 'Saxony',
      position: 0,
      parent: 'germany',
    },
    {
      kind: 'regions',
      key: 'leipzig',
      labelDe: 'Leipzig',
      labelEn: 'Leipzig',
      position: 0,
      parent: 'sachsen',
    },
    {
      kind: 'regions',
      key: 'bayern',
      labelDe: 'Bayern',
      labelEn: 'Bavaria',
      position: 1,
      parent: 'germany',
    },
  ],
};

/**
 * Shows every `@defer` block of the fixture (also inside routed components) as loaded: what the
 * app does right after the first render, without waiting for the chunks to load.
 */
export async function renderDeferred(fixture: ComponentFixture<unknown>): Promise<void> {
  for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
  await fixture.whenStable();
}
