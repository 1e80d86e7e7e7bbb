import { Routes } from '@angular/router';

/** Public evaluation pages (`/evaluatie`): class code entry, the pupil/parent form, the teacher's form. */
export const publicEvaluationRoutes: Routes = [
  { path: '', loadComponent: () => import('./public/class-code-page').then((m) => m.ClassCodePage) },
  {
    path: 'docent/:token',
    data: { source: 'teacher' },
    loadComponent: () => import('./public/evaluation-page').then((m) => m.EvaluationPage),
  },
  {
    path: ':code',
    data: { source: 'class' },
    loadComponent: () => import('./public/evaluation-page').then((m) => m.EvaluationPage),
  },
];

/** A specialist's sessions (`/medewerker/sessies`): report delivered / no-show, show the class code. */
export const mySessionsRoutes: Routes = [
  { path: '', loadComponent: () => import('./sessions/my-sessions-page').then((m) => m.MySessionsPage) },
];
