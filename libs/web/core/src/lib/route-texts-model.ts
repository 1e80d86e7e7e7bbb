import type { Route, Routes } from '@angular/router';

/**
 * Every lazy route of `routes` (at any depth of this tree; what they load is theirs) also waits for `texts`, except a
 * route with `data: { shellTexts: true }`, which needs only the texts of the first chunk. The router and
 * `prefetchRoute` call the same wrapped loaders, so the texts download alongside the page's code. The loaders are
 * dynamic imports (promises); a failure of either fails the load, as a missing chunk does.
 */
export function withTexts(routes: Routes, texts: () => Promise<unknown>): Routes {
  return routes.map((route) => wrap(route, texts));
}

function wrap(route: Route, texts: () => Promise<unknown>): Route {
  if (route.data?.['shellTexts'] === true) return route;
  const { loadChildren, loadComponent, children } = route;
  const both =
    <T>(load: () => T) =>
    (): T =>
      Promise.all([load(), texts()]).then(([loaded]) => loaded) as T;
  return {
    ...route,
    ...(children ? { children: withTexts(children, texts) } : {}),
    ...(loadChildren ? { loadChildren: both(loadChildren) } : {}),
    ...(loadComponent ? { loadComponent: both(loadComponent) } : {}),
  };
}
