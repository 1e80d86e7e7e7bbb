import { Routes } from '@angular/router';

/** The users page (`/beheer/gebruikers`, `/school/gebruikers`, `/gemeente/gebruikers`): accounts and invitations. */
export const userRoutes: Routes = [{ path: '', loadComponent: () => import('./users-page').then((m) => m.UsersPage) }];
