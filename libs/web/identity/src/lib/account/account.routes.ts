import { Routes } from '@angular/router';

/** The account page (`/account`): details, language and where the user is signed in. */
export const accountRoutes: Routes = [
  { path: '', loadComponent: () => import('./account-page').then((m) => m.AccountPage) },
];
