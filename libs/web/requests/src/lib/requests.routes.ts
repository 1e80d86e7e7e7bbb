import { Routes } from '@angular/router';

export const requestRoutes: Routes = [
  { path: '', loadComponent: () => import('./my-requests').then((m) => m.MyRequests) },
  {
    path: 'nieuw',
    title: 'title.newRequest',
    loadComponent: () => import('./wizard/request-wizard').then((m) => m.RequestWizard),
  },
  { path: ':id', title: 'title.request', loadComponent: () => import('./request-detail').then((m) => m.RequestDetail) },
];

/** The school's private calendar feed (`/school/agenda`). */
export const calendarFeedRoutes: Routes = [
  { path: '', loadComponent: () => import('./calendar-feed-page').then((m) => m.CalendarFeedPage) },
];

/**
 * The area of a sportvereniging (`/vereniging`) or wijkpartner (`/wijkpartner`): its home, the request form and
 * its requests' pages. Route data `base` is the area's path.
 */
export const requesterRoutes: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./requester-home').then((m) => m.RequesterHome) },
  {
    path: 'aanvragen/nieuw',
    title: 'title.newRequest',
    loadComponent: () => import('./requester-request-form').then((m) => m.RequesterRequestForm),
  },
  {
    path: 'aanvragen/:id',
    title: 'title.request',
    loadComponent: () => import('./request-detail').then((m) => m.RequestDetail),
  },
];
