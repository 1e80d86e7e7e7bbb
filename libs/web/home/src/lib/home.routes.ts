import { Routes } from '@angular/router';

/** Lazy routes of the role homes; the app guards each with its role. */
export const schoolRoutes: Routes = [
  { path: '', loadComponent: () => import('./school-home').then((m) => m.SchoolHome) },
];
export const gemeenteRoutes: Routes = [
  { path: '', loadComponent: () => import('./gemeente-home').then((m) => m.GemeenteHome) },
];
export const plannerRoutes: Routes = [
  { path: '', loadComponent: () => import('./planner-home').then((m) => m.PlannerHome) },
];
export const staffRoutes: Routes = [{ path: '', loadComponent: () => import('./staff-home').then((m) => m.StaffHome) }];
export const adminRoutes: Routes = [{ path: '', loadComponent: () => import('./admin-home').then((m) => m.AdminHome) }];
