import { REFRESH_LOCK, type RefreshLocks, withRefreshLock } from './refresh-lock-model';

/** A lock manager like the browser's: one holder per name at a time, the others wait in order. */
class FakeLocks implements RefreshLocks {
  readonly requested: string[] = [];
  private tail = new Map<string, Promise<unknown>>();

  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    this.requested.push(name);
    const before = this.tail.get(name) ?? Promise.resolve();
    const run = before.then(() => callback());
    this.tail.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('refreshing the session across tabs', () => {
  it('lets a second tab refresh only after the first has finished, with the cookie the first one received', async () => {
    const locks = new FakeLocks(); // shared by both "tabs", as navigator.locks is per origin
    let cookie = 'token-1';
    const sent: string[] = [];
    const first = deferred<void>();
    const refresh = async (wait?: Promise<void>) => {
      sent.push(cookie);
      await wait;
      cookie = `token-${Number(cookie.split('-')[1]) + 1}`; // the answer rotates the cookie
      return cookie;
    };

    const tabA = withRefreshLock(locks, () => refresh(first.promise));
    const tabB = withRefreshLock(locks, () => refresh());
    await tick();
    expect(sent).toEqual(['token-1']); // B waits for A's lock

    first.resolve();
    expect(await tabA).toBe('token-2');
    expect(await tabB).toBe('token-3');
    expect(sent).toEqual(['token-1', 'token-2']); // B sent the rotated cookie, never the used one
    expect(locks.requested).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
  });

  it('releases the lock when a refresh fails, and passes the failure on without running it again', async () => {
    const locks = new FakeLocks();
    let calls = 0;
    const failing = withRefreshLock(locks, async () => {
      calls++;
      throw new Error('401');
    });
    await expect(failing).rejects.toThrow('401');
    expect(calls).toBe(1);
    await expect(withRefreshLock(locks, async () => 'next')).resolves.toBe('next');
  });

  it('refreshes unguarded where the browser has no Web Locks API', async () => {
    await expect(withRefreshLock(undefined, async () => 'ok')).resolves.toBe('ok');
    await expect(withRefreshLock({} as RefreshLocks, async () => 'ok')).resolves.toBe('ok');
  });

  it('refreshes unguarded when the lock cannot be taken at all', async () => {
    const refusing: RefreshLocks = {
      request: () => Promise.reject(new DOMException('not allowed', 'SecurityError')),
    };
    let calls = 0;
    await expect(
      withRefreshLock(refusing, async () => {
        calls++;
        return 'ok';
      }),
    ).resolves.toBe('ok');
    expect(calls).toBe(1);
  });
});
