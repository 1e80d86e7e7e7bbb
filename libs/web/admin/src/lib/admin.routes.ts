import { Routes } from '@angular/router';

/** The reminder rules (`/beheer/herinneringen`): when each reminder goes out, or that it is off. */
export const reminderRoutes: Routes = [
  { path: '', loadComponent: () => import('./reminder-rules-page').then((m) => m.ReminderRulesPage) },
];

/** The message log (`/beheer/berichten`): every message per recipient, and the way to the queue dashboard. */
export const messageLogRoutes: Routes = [
  { path: '', loadComponent: () => import('./message-log-page').then((m) => m.MessageLogPage) },
];

/** The catalogue (`/beheer/aanbod`): add, change, withdraw and bring back offers. */
export const offerAdminRoutes: Routes = [
  { path: '', loadComponent: () => import('./offers-page').then((m) => m.OffersPage) },
];

/** The school holidays (`/beheer/schoolvakanties`) per school year and region. */
export const holidayAdminRoutes: Routes = [
  { path: '', loadComponent: () => import('./school-holidays-page').then((m) => m.SchoolHolidaysPage) },
];

/** The package templates (`/beheer/standaardpakketten`) gemeenten order from. */
export const templateAdminRoutes: Routes = [
  { path: '', loadComponent: () => import('./package-templates-page').then((m) => m.PackageTemplatesPage) },
];

/** The DUO school import (`/beheer/scholen-importeren`): preview per line, then import. */
export const schoolImportRoutes: Routes = [
  { path: '', loadComponent: () => import('./school-import-page').then((m) => m.SchoolImportPage) },
];

/** Halt's regions with their gemeenten (`/beheer/regios`): move, add, retire a merged one. */
export const regionRoutes: Routes = [
  { path: '', loadComponent: () => import('./regions-page').then((m) => m.RegionsPage) },
];

/** Sportverenigingen and wijkpartners (`/beheer/verenigingen`): add and change them. */
export const requesterAdminRoutes: Routes = [
  { path: '', loadComponent: () => import('./requesters-page').then((m) => m.RequestersPage) },
];

/** The admin pages of this library, for mounting under `/beheer` in one go. */
export const adminRoutes: Routes = [
  { path: 'herinneringen', title: 'title.reminders', children: reminderRoutes },
  { path: 'berichten', title: 'title.messages', children: messageLogRoutes },
  { path: 'aanbod', title: 'title.offerAdmin', children: offerAdminRoutes },
  { path: 'schoolvakanties', title: 'title.holidayAdmin', children: holidayAdminRoutes },
  { path: 'standaardpakketten', title: 'title.templateAdmin', children: templateAdminRoutes },
  { path: 'regios', title: 'title.regions', children: regionRoutes },
  { path: 'scholen-importeren', title: 'title.schoolImport', children: schoolImportRoutes },
  { path: 'verenigingen', title: 'title.requesterAdmin', children: requesterAdminRoutes },
];
