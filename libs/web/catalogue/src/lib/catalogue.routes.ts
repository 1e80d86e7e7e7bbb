import { Routes } from '@angular/router';

export const catalogueRoutes: Routes = [
  { path: '', loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage) },
  { path: ':id', title: 'title.offer', loadComponent: () => import('./offer-page').then((m) => m.OfferPage) },
];
