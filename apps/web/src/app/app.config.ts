import { DOCUMENT } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { authInterceptor, AuthStore, I18n, prefetchRoute } from '@halt/web/core';
import { routes } from './app.routes';
import { TranslatedTitleStrategy } from './translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Before the shell shows: this browser's language (English is a lazy chunk). The session from the refresh
    // cookie is restored meanwhile, not waited for: the shell paints first (its actions once the session is known),
    // the route guards wait for it; the account's language wins over the browser's. The page's own chunks load
    // alongside.
    provideAppInitializer(() => {
      const i18n = inject(I18n);
      void inject(AuthStore).restore();
      prefetchRoute(routes, inject(DOCUMENT).location.pathname);
      return i18n.restore();
    }),
  ],
};
