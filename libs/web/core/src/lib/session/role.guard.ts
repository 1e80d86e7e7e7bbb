import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@halt/contracts';
import { AuthStore } from './auth.store';

// Each guard first waits until the session of the refresh cookie is known (AuthStore.whenRestored): the app
// starts without waiting for it, so the shell paints while `POST /api/auth/refresh` is under way.

/** Only a signed-in user with this role may enter; others go to their own home, strangers to the login page. */
export function roleGuard(role: Role): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.whenRestored();
    const user = auth.user();
    if (!user) return router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
    return user.role === role ? true : router.parseUrl(auth.home());
  };
}

/** `/`: the user's home, or the login page. */
export const homeRedirectGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.whenRestored();
  return router.parseUrl(auth.home());
};

/** The login page is for signed-out users only. */
export const signedOutGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.whenRestored();
  return auth.signedIn() ? router.parseUrl(auth.home()) : true;
};

/** Any signed-in user, whatever their role, may enter (the account page); strangers go to the login page. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.whenRestored();
  return auth.signedIn() ? true : router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
};
