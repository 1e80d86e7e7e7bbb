import type { Routes } from '@angular/router';
import { prefetchRoute } from './prefetch-route-model';

class LoginPage {}
class SchoolHome {}
class RequestList {}
class RequestDetail {}

/** The shape of app.routes.ts: a redirect at '', a lazy component, a role area with lazy children. */
function fixture() {
  const loads: string[] = [];
  const track =
    <T>(name: string, value: T) =>
    () => {
      loads.push(name);
      return Promise.resolve(value);
    };
  const routes: Routes = [
    { path: '', pathMatch: 'full', children: [] },
    { path: 'inloggen', loadComponent: track('login', LoginPage) },
    {
      path: 'school',
      children: [
        {
          path: '',
          pathMatch: 'full',
          loadChildren: track('school routes', [{ path: '', loadComponent: track('school home', SchoolHome) }]),
        },
        {
          path: 'aanvragen',
          loadChildren: track('request routes', [
            { path: '', loadComponent: track('request list', RequestList) },
            { path: ':id', loadComponent: track('request detail', RequestDetail) },
          ]),
        },
      ],
    },
    { path: 'kapot', loadChildren: () => Promise.reject(new Error('chunk missing')) },
    { path: '**', loadComponent: track('not found', class {}) },
  ];
  return { routes, loads };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prefetchRoute', () => {
  it('fetches a lazy page component for its path', async () => {
    const { routes, loads } = fixture();
    prefetchRoute(routes, '/inloggen');
    await settled();
    expect(loads).toEqual(['login']);
  });

  it('follows lazy children down to the component of an area home', async () => {
    const { routes, loads } = fixture();
    prefetchRoute(routes, '/school');
    await settled();
    expect(loads).toEqual(['school routes', 'school home']);
  });

  it('matches the query-less path of a list page and stops at a parameter', async () => {
    const { routes, loads } = fixture();
    prefetchRoute(routes, '/school/aanvragen?status=open');
    await settled();
    expect(loads).toEqual(['request routes', 'request list']);

    const detail = fixture();
    prefetchRoute(detail.routes, '/school/aanvragen/0b7e3c1a');
    await settled();
    expect(detail.loads).toEqual(['request routes']);
  });

  it('fetches nothing for the root redirect or an unknown address, and swallows a failing loader', async () => {
    const { routes, loads } = fixture();
    prefetchRoute(routes, '/');
    prefetchRoute(routes, '/bestaat-niet');
    prefetchRoute(routes, '/kapot');
    await settled();
    expect(loads).toEqual([]);
  });
});
