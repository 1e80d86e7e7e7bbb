import { Routes } from '@angular/router';

/** Halt's dashboard (`/beheer/dashboard`, `/planner/dashboard`). */
export const haltDashboardRoutes: Routes = [
  { path: '', loadComponent: () => import('./halt/halt-dashboard-page').then((m) => m.HaltDashboardPage) },
];

/** A gemeente's dashboard (`/gemeente/dashboard`). */
export const gemeenteDashboardRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./gemeente/gemeente-dashboard-page').then((m) => m.GemeenteDashboardPage),
  },
];

/** A school's results and evaluations (`/school/resultaten`). */
export const schoolDashboardRoutes: Routes = [
  { path: '', loadComponent: () => import('./school/school-dashboard-page').then((m) => m.SchoolDashboardPage) },
];

/** Trend signals from open answers (`/beheer/trends`, `/planner/trends`); Halt staff only. */
export const trendRoutes: Routes = [
  { path: '', loadComponent: () => import('./trends/trends-page').then((m) => m.TrendsPage) },
];

/** The evaluation forms and their versions (`/beheer/evaluatieformulieren`). */
export const formAdminRoutes: Routes = [
  { path: '', loadComponent: () => import('./forms/form-admin-page').then((m) => m.FormAdminPage) },
];

/** The council report of a subsidy year (`/gemeente/raadsrapportage`, `/beheer/…`, `/planner/…`). */
export const councilReportRoutes: Routes = [
  { path: '', loadComponent: () => import('./report/council-report-page').then((m) => m.CouncilReportPage) },
];
