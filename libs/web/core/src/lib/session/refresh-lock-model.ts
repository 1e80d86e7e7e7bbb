/** The Web Lock every tab of the portal takes around a token refresh. */
export const REFRESH_LOCK = 'halt-auth-refresh';

/** The part of the Web Locks API (`navigator.locks`) used here; absent in old browsers and insecure contexts. */
export interface RefreshLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `work` while holding the lock `name` across all tabs of this origin, so a second tab only starts its
 * refresh once the first has finished and the browser holds the rotated cookie (a refresh token used twice now
 * ends the whole session). Without the Web Locks API, or when the lock cannot be taken at all, `work` runs
 * unguarded, as it did before. A failure of `work` itself is passed on and `work` is never run twice.
 */
export async function withRefreshLock<T>(
  locks: RefreshLocks | undefined,
  work: () => Promise<T>,
  name = REFRESH_LOCK,
): Promise<T> {
  if (typeof locks?.request !== 'function') return work();
  let started = false;
  try {
    return await locks.request(name, () => {
      started = true;
      return work();
    });
  } catch (error) {
    if (started) throw error;
    return work();
  }
}

/** The browser's lock manager, when there is one. */
export function browserLocks(): RefreshLocks | undefined {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return nav && 'locks' in nav ? (nav.locks as unknown as RefreshLocks | undefined) : undefined;
}
