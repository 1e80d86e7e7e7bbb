import { Routes } from '@angular/router';

/** The gemeente's package orders (`/gemeente/pakketten`): list, order wizard, detail, editing a draft. */
export const gemeenteRoutes: Routes = [
  { path: '', loadComponent: () => import('./package-orders').then((m) => m.PackageOrders) },
  {
    path: 'nieuw',
    title: 'title.newPackage',
    loadComponent: () => import('./wizard/order-wizard').then((m) => m.OrderWizard),
  },
  {
    path: ':id/wijzigen',
    title: 'title.editPackage',
    loadComponent: () => import('./wizard/order-wizard').then((m) => m.OrderWizard),
  },
  {
    path: ':id',
    title: 'title.package',
    loadComponent: () => import('./package-order-detail').then((m) => m.PackageOrderDetail),
  },
];

/** The gemeente's approval inbox (`/gemeente/goedkeuren`). */
export const approvalRoutes: Routes = [
  { path: '', loadComponent: () => import('./approval-inbox').then((m) => m.ApprovalInbox) },
];

/** The gemeente's results of a subsidy year (`/gemeente/resultaten`). */
export const resultsRoutes: Routes = [
  { path: '', loadComponent: () => import('./results-page').then((m) => m.ResultsPage) },
];

/** Halt's view of all package orders (`/beheer/pakketten`): per year with totals, and the detail to accept/return. */
export const adminPackageRoutes: Routes = [
  { path: '', loadComponent: () => import('./admin-package-orders').then((m) => m.AdminPackageOrders) },
  {
    path: ':id',
    title: 'title.package',
    loadComponent: () => import('./package-order-detail').then((m) => m.PackageOrderDetail),
  },
];
