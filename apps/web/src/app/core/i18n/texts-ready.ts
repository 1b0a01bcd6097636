import { inject } from '@angular/core';
import { CanActivateFn } from '@angular/router';
import { map } from 'rxjs';
import { LanguageService } from './language';

/**
 * Holds a page back until the shell's texts are loaded, so that nothing renders as raw keys.
 * Start-up does not wait for them (LanguageService.init): the router loads the page's code
 * meanwhile, and only the page waits here.
 */
export const textsReady: CanActivateFn = () =>
  inject(LanguageService)
    .ready()
    .pipe(map(() => true));
