import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout'];

/**
 * Adds the access token to API calls. On a 401 it refreshes the session once and retries; when that fails
 * the user goes to the login page, which returns them to where they were.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const auth = inject(AuthStore);
  const router = inject(Router);
  // Sign-in, refresh and the public endpoints carry no access token and are never retried.
  const isAuthCall = AUTH_ENDPOINTS.includes(req.url) || req.url.startsWith('/api/public/');
  // withCredentials: the refresh cookie travels with /api calls (same origin, but explicit).
  const withToken = () => {
    const token = auth.accessToken();
    return token && !isAuthCall
      ? req.clone({ withCredentials: true, setHeaders: { Authorization: `Bearer ${token}` } })
      : req.clone({ withCredentials: true });
  };
  return next(withToken()).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || isAuthCall) return throwError(() => error);
      return from(auth.refresh()).pipe(
        switchMap((ok) => {
          if (!ok) {
            void router.navigate(['/inloggen'], { queryParams: { terug: router.url, verlopen: 1 } });
            return throwError(() => error);
          }
          return next(withToken());
        }),
      );
    }),
  );
};
