import { signal, Signal } from '@angular/core';

export interface Loaded<T> {
  value: Signal<T | undefined>;
  loading: Signal<boolean>;
  failed: Signal<boolean>;
  reload(): void;
}

/**
 * Runs `fetch` now and on `reload()`, exposing the value and the loading/failed state as signals.
 * Only the latest call counts: an older answer arriving late (e.g. after paging on) is ignored.
 */
export function load<T>(fetch: () => Promise<T>): Loaded<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(true);
  const failed = signal(false);
  let latest = 0;
  const reload = () => {
    const call = ++latest;
    loading.set(true);
    failed.set(false);
    fetch().then(
      (v) => {
        if (call !== latest) return;
        value.set(v);
        loading.set(false);
      },
      () => {
        if (call !== latest) return;
        failed.set(true);
        loading.set(false);
      },
    );
  };
  reload();
  return { value: value.asReadonly(), loading: loading.asReadonly(), failed: failed.asReadonly(), reload };
}
