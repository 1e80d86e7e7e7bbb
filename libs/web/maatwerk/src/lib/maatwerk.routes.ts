import { Routes } from '@angular/router';

/** The requester's pages (`/school/maatwerk`, `/gemeente/maatwerk`): its questions, a new one, one with its proposal. */
export const maatwerkRequesterRoutes: Routes = [
  { path: '', loadComponent: () => import('./question-list').then((m) => m.QuestionList) },
  {
    path: 'nieuw',
    title: 'title.maatwerkNew',
    loadComponent: () => import('./question-form').then((m) => m.QuestionForm),
  },
  {
    path: ':id',
    title: 'title.maatwerkQuestion',
    loadComponent: () => import('./question-detail').then((m) => m.QuestionDetail),
  },
];

/** The advisor's pages (`/planner/maatwerk`): the inbox of the region's questions, one with intake and proposal. */
export const maatwerkAdvisorRoutes: Routes = [
  { path: '', data: { advisor: true }, loadComponent: () => import('./question-list').then((m) => m.QuestionList) },
  {
    path: ':id',
    title: 'title.maatwerkQuestion',
    data: { advisor: true },
    loadComponent: () => import('./question-detail').then((m) => m.QuestionDetail),
  },
];
