// A form's request in flight: its button is off while `working`, and a failure is kept in `error` for the form to
// show beside its fields (a refusal is data to show, never a throw out of an event handler).
import { createSignal } from 'solid-js';

export function createWork() {
  const [working, setWorking] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  /** Runs one request: clears the last error, and keeps this one's failure. */
  const run = async (action: () => Promise<void>) => {
    setWorking(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setWorking(false);
    }
  };
  return { working, error, setError, run };
}
