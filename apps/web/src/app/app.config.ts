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
    // Before the first route is resolved: this browser's language (English is a lazy chunk) and the session from
    // the refresh cookie; the account's language wins over the browser's. Meanwhile the page's own chunk loads.
    provideAppInitializer(() => {
      const i18n = inject(I18n);
      const auth = inject(AuthStore);
      const ready = Promise.all([i18n.restore(), auth.restore()]);
      prefetchRoute(routes, inject(DOCUMENT).location.pathname);
      return ready.then(() => undefined);
    }),
  ],
};
