import { Routes } from '@angular/router';
import { homeRedirectGuard, loadAllTexts, roleGuard, signedInGuard, signedOutGuard, withTexts } from '@halt/web/core';

/**
 * Dutch paths; one lazy area per role, each guarded by its role. Titles are translation keys. Every lazy route
 * but the sign-in page (`shellTexts`) also loads the Dutch texts beyond the shell's (`routes` below).
 */
const areas: Routes = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
  {
    path: 'inloggen',
    title: 'title.login',
    canActivate: [signedOutGuard],
    // The first chunk has its texts (nl-shell.ts): the sign-in page does not wait for the others.
    data: { shellTexts: true },
    loadComponent: () => import('@halt/web/identity').then((m) => m.LoginPage),
  },
  {
    // Public: the page of a one-time link (invitation, reset, first admin), and asking for a reset link.
    path: 'wachtwoord-instellen',
    title: 'title.setPassword',
    loadComponent: () => import('@halt/web/identity').then((m) => m.SetPasswordPage),
  },
  {
    path: 'wachtwoord-vergeten',
    title: 'title.forgotPassword',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@halt/web/identity').then((m) => m.ForgotPasswordPage),
  },
  {
    // Every signed-in role: the user's details, language and where they are signed in.
    path: 'account',
    title: 'title.account',
    canActivate: [signedInGuard],
    loadChildren: () => import('@halt/web/identity').then((m) => m.accountRoutes),
  },
  {
    // Public: the page a school forwards to parents (no sign-in; the secret in the address is the key).
    path: 'ouders',
    title: 'title.parents',
    loadChildren: () => import('@halt/web/parents').then((m) => m.parentRoutes),
  },
  {
    // Public: the privacy and accessibility statements, linked from the footer of every page.
    path: 'privacy',
    title: 'title.privacy',
    loadChildren: () => import('@halt/web/privacy').then((m) => m.privacyStatementRoutes),
  },
  {
    path: 'toegankelijkheid',
    title: 'title.accessibility',
    loadChildren: () => import('@halt/web/privacy').then((m) => m.accessibilityStatementRoutes),
  },
  {
    // Public: pupils and parents answer with a class code, teachers through their link (no sign-in).
    path: 'evaluatie',
    title: 'title.evaluation',
    loadChildren: () => import('@halt/web/evaluations').then((m) => m.publicEvaluationRoutes),
  },
  {
    path: 'school',
    canActivate: [roleGuard('school')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.school',
        loadComponent: () => import('@halt/web/home/school').then((m) => m.SchoolHome),
      },
      {
        path: 'aanbod',
        title: 'title.catalogue',
        loadChildren: () => import('@halt/web/catalogue').then((m) => m.catalogueRoutes),
      },
      {
        path: 'aanvragen',
        title: 'title.requests',
        loadChildren: () => import('@halt/web/requests').then((m) => m.requestRoutes),
      },
      {
        path: 'maatwerk',
        title: 'title.maatwerk',
        loadChildren: () => import('@halt/web/maatwerk').then((m) => m.maatwerkRequesterRoutes),
      },
      {
        path: 'leerlijnen',
        title: 'title.learningLines',
        loadChildren: () => import('@halt/web/catalogue').then((m) => m.learningLineRoutes),
      },
      {
        path: 'agenda',
        title: 'title.calendarFeed',
        loadChildren: () => import('@halt/web/requests').then((m) => m.calendarFeedRoutes),
      },
      {
        path: 'resultaten',
        title: 'title.schoolResults',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.schoolDashboardRoutes),
      },
      {
        path: 'gebruikers',
        title: 'title.users',
        loadChildren: () => import('@halt/web/identity').then((m) => m.userRoutes),
      },
    ],
  },
  {
    path: 'gemeente',
    canActivate: [roleGuard('gemeente')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.gemeente',
        loadComponent: () => import('@halt/web/home/gemeente').then((m) => m.GemeenteHome),
      },
      {
        path: 'pakketten',
        title: 'title.packages',
        loadChildren: () => import('@halt/web/packages').then((m) => m.gemeenteRoutes),
      },
      {
        path: 'goedkeuren',
        title: 'title.approvals',
        loadChildren: () => import('@halt/web/packages').then((m) => m.approvalRoutes),
      },
      {
        path: 'maatwerk',
        title: 'title.maatwerk',
        loadChildren: () => import('@halt/web/maatwerk').then((m) => m.maatwerkRequesterRoutes),
      },
      {
        path: 'resultaten',
        title: 'title.results',
        loadChildren: () => import('@halt/web/packages').then((m) => m.resultsRoutes),
      },
      {
        path: 'dashboard',
        title: 'title.dashboard',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.gemeenteDashboardRoutes),
      },
      {
        path: 'raadsrapportage',
        title: 'title.councilReport',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.councilReportRoutes),
      },
      {
        path: 'leerlijnen',
        title: 'title.learningCoverage',
        loadChildren: () => import('@halt/web/catalogue').then((m) => m.learningCoverageRoutes),
      },
      {
        path: 'gebruikers',
        title: 'title.users',
        loadChildren: () => import('@halt/web/identity').then((m) => m.userRoutes),
      },
    ],
  },
  {
    // A sportvereniging's or wijkpartner's own area: the offers meant for it, making a request, its requests.
    path: 'vereniging',
    canActivate: [roleGuard('vereniging')],
    data: { base: '/vereniging' },
    children: [
      {
        path: 'gebruikers',
        title: 'title.users',
        loadChildren: () => import('@halt/web/identity').then((m) => m.userRoutes),
      },
      {
        path: '',
        title: 'title.vereniging',
        loadChildren: () => import('@halt/web/requests').then((m) => m.requesterRoutes),
      },
    ],
  },
  {
    // A sportvereniging's or wijkpartner's own area: the offers meant for it, making a request, its requests.
    path: 'wijkpartner',
    canActivate: [roleGuard('wijkpartner')],
    data: { base: '/wijkpartner' },
    children: [
      {
        path: 'gebruikers',
        title: 'title.users',
        loadChildren: () => import('@halt/web/identity').then((m) => m.userRoutes),
      },
      {
        path: '',
        title: 'title.wijkpartner',
        loadChildren: () => import('@halt/web/requests').then((m) => m.requesterRoutes),
      },
    ],
  },
  {
    path: 'planner',
    canActivate: [roleGuard('planner')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.planner',
        loadComponent: () => import('@halt/web/home/planner').then((m) => m.PlannerHome),
      },
      {
        path: 'aanvragen',
        title: 'title.plannerInbox',
        loadChildren: () => import('@halt/web/planning').then((m) => m.planningRoutes),
      },
      {
        path: 'maatwerk',
        title: 'title.maatwerkInbox',
        loadChildren: () => import('@halt/web/maatwerk').then((m) => m.maatwerkAdvisorRoutes),
      },
      {
        path: 'agenda',
        title: 'title.calendar',
        loadChildren: () => import('@halt/web/planning').then((m) => m.calendarRoutes),
      },
      {
        path: 'automatisch',
        title: 'title.autoplan',
        loadChildren: () => import('@halt/web/planning').then((m) => m.autoplanRoutes),
      },
      {
        path: 'medewerkers',
        title: 'title.staffMembers',
        loadChildren: () => import('@halt/web/planning').then((m) => m.staffMemberRoutes),
      },
      {
        path: 'dashboard',
        title: 'title.dashboard',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.haltDashboardRoutes),
      },
      {
        path: 'raadsrapportage',
        title: 'title.councilReport',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.councilReportRoutes),
      },
      {
        path: 'trends',
        title: 'title.trends',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.trendRoutes),
      },
    ],
  },
  {
    path: 'medewerker',
    canActivate: [roleGuard('staff')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.staff',
        loadComponent: () => import('@halt/web/home/staff').then((m) => m.StaffHome),
      },
      {
        path: 'beschikbaarheid',
        title: 'title.availability',
        loadChildren: () => import('@halt/web/staff').then((m) => m.staffRoutes),
      },
      {
        path: 'agenda',
        title: 'title.myAgenda',
        loadChildren: () => import('@halt/web/staff').then((m) => m.myAgendaRoutes),
      },
      {
        path: 'sessies',
        title: 'title.mySessions',
        loadChildren: () => import('@halt/web/evaluations').then((m) => m.mySessionsRoutes),
      },
    ],
  },
  {
    path: 'beheer',
    canActivate: [roleGuard('admin')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.admin',
        loadComponent: () => import('@halt/web/home/admin').then((m) => m.AdminHome),
      },
      {
        path: 'pakketten',
        title: 'title.adminPackages',
        loadChildren: () => import('@halt/web/packages').then((m) => m.adminPackageRoutes),
      },
      {
        path: 'herinneringen',
        title: 'title.reminders',
        loadChildren: () => import('@halt/web/admin').then((m) => m.reminderRoutes),
      },
      {
        path: 'berichten',
        title: 'title.messages',
        loadChildren: () => import('@halt/web/admin').then((m) => m.messageLogRoutes),
      },
      {
        path: 'aanbod',
        title: 'title.offerAdmin',
        loadChildren: () => import('@halt/web/admin').then((m) => m.offerAdminRoutes),
      },
      {
        path: 'schoolvakanties',
        title: 'title.holidayAdmin',
        loadChildren: () => import('@halt/web/admin').then((m) => m.holidayAdminRoutes),
      },
      {
        path: 'standaardpakketten',
        title: 'title.templateAdmin',
        loadChildren: () => import('@halt/web/admin').then((m) => m.templateAdminRoutes),
      },
      {
        path: 'regios',
        title: 'title.regions',
        loadChildren: () => import('@halt/web/admin').then((m) => m.regionRoutes),
      },
      {
        path: 'verenigingen',
        title: 'title.requesterAdmin',
        loadChildren: () => import('@halt/web/admin').then((m) => m.requesterAdminRoutes),
      },
      {
        path: 'scholen-importeren',
        title: 'title.schoolImport',
        loadChildren: () => import('@halt/web/admin').then((m) => m.schoolImportRoutes),
      },
      {
        path: 'gebruikers',
        title: 'title.users',
        loadChildren: () => import('@halt/web/identity').then((m) => m.userRoutes),
      },
      {
        path: 'dashboard',
        title: 'title.dashboard',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.haltDashboardRoutes),
      },
      {
        path: 'raadsrapportage',
        title: 'title.councilReport',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.councilReportRoutes),
      },
      {
        path: 'trends',
        title: 'title.trends',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.trendRoutes),
      },
      {
        path: 'evaluatieformulieren',
        title: 'title.evaluationForms',
        loadChildren: () => import('@halt/web/dashboards').then((m) => m.formAdminRoutes),
      },
    ],
  },
  { path: '**', title: 'title.notFound', loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage) },
];

export const routes: Routes = withTexts(areas, loadAllTexts);
