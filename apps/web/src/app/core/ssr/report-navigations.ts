import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { injectPageRenderContext } from './page-render-context';

/**
 * Tells the render's caller where each navigation ends: a guard may send the render elsewhere
 * (no session: to sign-in), and the API then sends the page the browser renders itself.
 */
export function reportNavigations(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const context = injectPageRenderContext();
    if (!context) return;
    inject(Router).events.subscribe((event) => {
      if (event instanceof NavigationEnd) context.navigated(event.urlAfterRedirects);
    });
  });
}
