import type { Route, Routes } from '@angular/router';

/**
 * Starts fetching the lazy chunks of the address being opened, so they download while the app initializer restores
 * the session instead of after it. It follows the path through lazily loaded children down to the page's component;
 * the router later calls the same loaders and the browser has the modules by then. Only static path segments
 * match: a parameter or `**` ends the walk, as does any failure (the router then loads as it always does).
 */
export function prefetchRoute(routes: Routes, path: string): void {
  const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
  void walk(routes, segments).catch(() => undefined);
}

async function walk(level: Routes | undefined, segments: string[]): Promise<void> {
  while (level) {
    const [next, ...rest] = segments;
    const route: Route | undefined =
      level.find((r) => r.path !== '' && r.path === next) ??
      (next === undefined ? level.find((r) => r.path === '' && !r.redirectTo) : undefined);
    if (!route) return;
    const remaining = route.path === '' ? segments : rest;
    if (route.loadComponent) {
      await route.loadComponent();
      return;
    }
    if (route.loadChildren) {
      const loaded: unknown = await route.loadChildren();
      const children = Array.isArray(loaded) ? (loaded as Routes) : undefined;
      return walk(children, remaining);
    }
    segments = remaining;
    level = route.children;
  }
}
