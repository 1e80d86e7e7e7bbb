import { Routes } from '@angular/router';

export const requestRoutes: Routes = [
  { path: '', loadComponent: () => import('./my-requests').then((m) => m.MyRequests) },
  { path: ':id', title: 'title.request', loadComponent: () => import('./request-detail').then((m) => m.RequestDetail) },
];
