import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@halt/contracts';
import { AuthStore } from './auth.store';

/** Only a signed-in user with this role may enter; others go to their own home, strangers to the login page. */
export function roleGuard(role: Role): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    const user = auth.user();
    if (!user) return router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
    return user.role === role ? true : router.parseUrl(auth.home());
  };
}

/** `/`: the user's home, or the login page. */
export const homeRedirectGuard: CanActivateFn = () => inject(Router).parseUrl(inject(AuthStore).home());

/** The login page is for signed-out users only. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthStore);
  return auth.signedIn() ? inject(Router).parseUrl(auth.home()) : true;
};

/** Any signed-in user, whatever their role, may enter (the account page); strangers go to the login page. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  return auth.signedIn() ? true : inject(Router).createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
};
