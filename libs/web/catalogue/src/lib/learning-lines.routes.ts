import { Routes } from '@angular/router';

/** A school's learning lines. */
export const learningLineRoutes: Routes = [
  { path: '', loadComponent: () => import('./learning-lines-page').then((m) => m.LearningLinesPage) },
];

/** A gemeente's coverage of the learning lines. */
export const learningCoverageRoutes: Routes = [
  { path: '', loadComponent: () => import('./learning-coverage-page').then((m) => m.LearningCoveragePage) },
];
