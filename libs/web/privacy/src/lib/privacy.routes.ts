import { Routes } from '@angular/router';

/** The public privacy statement (`/privacy`). */
export const privacyStatementRoutes: Routes = [
  { path: '', loadComponent: () => import('./privacy-statement-page').then((m) => m.PrivacyStatementPage) },
];

/** The public accessibility statement (`/toegankelijkheid`). */
export const accessibilityStatementRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./accessibility-statement-page').then((m) => m.AccessibilityStatementPage),
  },
];
