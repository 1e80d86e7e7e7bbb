import { Routes } from '@angular/router';

/** The public page of a parent meeting (`/ouders/:token`), reached through the link a school forwards. */
export const parentRoutes: Routes = [
  { path: ':token', loadComponent: () => import('./parent-meeting-page').then((m) => m.ParentMeetingPage) },
];
