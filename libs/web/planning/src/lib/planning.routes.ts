import { Routes } from '@angular/router';

/** The planner's requests (`/planner/aanvragen`): the inbox and one request to plan by hand. */
export const planningRoutes: Routes = [
  { path: '', loadComponent: () => import('./planner-inbox').then((m) => m.PlannerInbox) },
  {
    path: ':id',
    title: 'title.plannerRequest',
    loadComponent: () => import('./planner-request').then((m) => m.PlannerRequest),
  },
];

/** The auto-planner (`/planner/automatisch`): a run for a region and period, its proposal, applying it. */
export const autoplanRoutes: Routes = [
  { path: '', loadComponent: () => import('./autoplan/autoplan-page').then((m) => m.AutoplanPage) },
];

/** The specialists of the planner's regions (`/planner/medewerkers`): the list and one profile to edit. */
export const staffMemberRoutes: Routes = [
  { path: '', loadComponent: () => import('./staff-list').then((m) => m.StaffList) },
  {
    path: ':id',
    title: 'title.staffMember',
    loadComponent: () => import('./staff-member-page').then((m) => m.StaffMemberPage),
  },
];

/** The planning calendar (`/planner/agenda`): a week or month of sessions, and planning by dragging onto a slot. */
export const calendarRoutes: Routes = [
  { path: '', loadComponent: () => import('./calendar/planning-calendar-page').then((m) => m.PlanningCalendarPage) },
];
