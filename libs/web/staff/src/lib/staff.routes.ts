import { Routes } from '@angular/router';

/** The specialist's own availability (`/medewerker/beschikbaarheid`): working hours, preferences and absences. */
export const staffRoutes: Routes = [
  { path: '', loadComponent: () => import('./availability-page').then((m) => m.AvailabilityPage) },
];
