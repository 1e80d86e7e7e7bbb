import { Routes } from '@angular/router';

/** The specialist's own availability (`/medewerker/beschikbaarheid`): working hours, preferences and absences. */
export const staffRoutes: Routes = [
  { path: '', loadComponent: () => import('./availability-page').then((m) => m.AvailabilityPage) },
];

/** The specialist's own week (`/medewerker/agenda`, "Mijn agenda"): sessions per day with travel, and the week's hours. */
export const myAgendaRoutes: Routes = [
  { path: '', loadComponent: () => import('./my-agenda-page').then((m) => m.MyAgendaPage) },
];
