// A Dexie live query as a Solid accessor: it re-runs when any tab writes the tables it read
// (Dexie broadcasts changes between tabs), and stops with the component that created it.
import { liveQuery } from 'dexie';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

export type Live<T> = { value: Accessor<T | undefined>; error: Accessor<unknown> };

export function live<T>(query: () => Promise<T>): Live<T> {
  const [value, setValue] = createSignal<T>();
  const [error, setError] = createSignal<unknown>();
  const subscription = liveQuery(query).subscribe({
    next: (next) => { setError(undefined); setValue(() => next); },
    error: (failure: unknown) => setError(() => failure),
  });
  onCleanup(() => subscription.unsubscribe());
  return { value, error };
}
