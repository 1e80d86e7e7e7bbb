import type { Route, Routes } from '@angular/router';
import { withTexts } from './route-texts-model';

class LoginPage {}
class SchoolHome {}

describe('withTexts', () => {
  function fixture() {
    const calls: string[] = [];
    let finishTexts: () => void = () => undefined;
    let failTexts: (e: Error) => void = () => undefined;
    const texts = () => {
      calls.push('texts');
      return new Promise<void>((resolve, reject) => {
        finishTexts = resolve;
        failTexts = reject;
      });
    };
    const routes: Routes = [
      { path: '', pathMatch: 'full', children: [] },
      { path: 'inloggen', data: { shellTexts: true }, loadComponent: () => Promise.resolve(LoginPage) },
      {
        path: 'school',
        children: [{ path: '', loadChildren: () => Promise.resolve([{ path: '', component: SchoolHome }]) }],
      },
      { path: '**', loadComponent: () => Promise.resolve(SchoolHome) },
    ];
    return { calls, wrapped: withTexts(routes, texts), finish: () => finishTexts(), fail: (e: Error) => failTexts(e) };
  }
  const load = (r: Route | undefined) => (r?.loadChildren ?? r?.loadComponent)?.() as Promise<unknown>;

  it('leaves a shell-texts route as it is: the sign-in page loads no other texts', async () => {
    const { calls, wrapped } = fixture();
    await expect(load(wrapped[1])).resolves.toBe(LoginPage);
    expect(calls).toEqual([]);
  });

  it('has a lazy route, also a nested one, wait for the texts before it resolves with its own module', async () => {
    const { calls, wrapped, finish } = fixture();
    let done: unknown;
    const loading = load(wrapped[2].children?.[0]).then((m) => (done = m));
    await Promise.resolve();
    expect(calls).toEqual(['texts']);
    expect(done).toBeUndefined();
    finish();
    await loading;
    expect(done).toEqual([{ path: '', component: SchoolHome }]);
  });

  it('fails the load when the texts cannot be fetched, so no page shows keys', async () => {
    const { wrapped, fail } = fixture();
    const loading = load(wrapped[3]);
    fail(new Error('offline'));
    await expect(loading).rejects.toThrow('offline');
  });

  it('keeps routes without a loader as they are, apart from their children', () => {
    const { wrapped } = fixture();
    expect(wrapped[0]).toEqual({ path: '', pathMatch: 'full', children: [] });
    expect(wrapped[2].path).toBe('school');
  });
});
