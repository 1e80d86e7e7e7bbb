import { signal, Signal } from '@angular/core';

export interface Loaded<T> {
  value: Signal<T | undefined>;
  loading: Signal<boolean>;
  failed: Signal<boolean>;
  reload(): void;
}

/** Runs `fetch` now and on `reload()`, exposing the value and the loading/failed state as signals. */
export function load<T>(fetch: () => Promise<T>): Loaded<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(true);
  const failed = signal(false);
  const reload = () => {
    loading.set(true);
    failed.set(false);
    fetch().then(
      (v) => {
        value.set(v);
        loading.set(false);
      },
      () => {
        failed.set(true);
        loading.set(false);
      },
    );
  };
  reload();
  return { value: value.asReadonly(), loading: loading.asReadonly(), failed: failed.asReadonly(), reload };
}
