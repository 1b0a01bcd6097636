import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { provideTestEnvironment } from '../../../testing/test-providers';
import { TranslationFeatures } from './translation-features';

describe('TranslationFeatures', () => {
  let features: TranslationFeatures;
  let transloco: TranslocoService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    features = TestBed.inject(TranslationFeatures);
    transloco = TestBed.inject(TranslocoService);
    http = TestBed.inject(HttpTestingController);
    transloco.setActiveLang('en');
  });

  it('loads a feature’s texts in the active language once, merged beside the others', async () => {
    const first = firstValueFrom(features.require(['mailbox']));
    const again = firstValueFrom(features.require(['mailbox']));
    http.expectOne('/i18n/mailbox/en.json').flush({ mailbox: { title: 'Post (test)' } });
    await Promise.all([first, again]);

    expect(transloco.translate('mailbox.title')).toBe('Post (test)');
    expect(transloco.translate('common.save')).toBe('Save');
    await firstValueFrom(features.require(['mailbox']));
    http.verify();
  });

  it('loads every feature asked for so far in a language the person switches to', async () => {
    const loaded = firstValueFrom(features.require(['mailbox', 'imports']));
    http.expectOne('/i18n/mailbox/en.json').flush({ mailbox: { title: 'Mailbox' } });
    http.expectOne('/i18n/imports/en.json').flush({ imports: { title: 'Imports' } });
    await loaded;

    const german = firstValueFrom(features.ensure('de'));
    http.expectOne('/i18n/mailbox/de.json').flush({ mailbox: { title: 'Postfach (Test)' } });
    http.expectOne('/i18n/imports/de.json').flush({ imports: { title: 'Importe (Test)' } });
    await german;

    expect(transloco.translate('mailbox.title', {}, 'de')).toBe('Postfach (Test)');
    expect(transloco.translate('imports.title', {}, 'de')).toBe('Importe (Test)');
    http.verify();
  });

  it('lets the page open without its texts when they cannot be loaded, and tries again later', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = firstValueFrom(features.require(['mailbox']));
    http.expectOne('/i18n/mailbox/en.json').flush('gone', { status: 500, statusText: 'Error' });
    await expect(failed).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalled();

    const retried = firstValueFrom(features.require(['mailbox']));
    http.expectOne('/i18n/mailbox/en.json').flush({ mailbox: { title: 'Mailbox again' } });
    await retried;
    expect(transloco.translate('mailbox.title')).toBe('Mailbox again');
    errors.mockRestore();
  });
});
