import { Routes } from '@angular/router';

export const planningRoutes: Routes = [
  { path: '', loadComponent: () => import('./planner-inbox').then((m) => m.PlannerInbox) },
  {
    path: ':id',
    title: 'title.plannerRequest',
    loadComponent: () => import('./planner-request').then((m) => m.PlannerRequest),
  },
];
