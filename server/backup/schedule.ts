// Runs a backup now and then every N minutes (the field week), until stopped. A failed run is reported and
// the schedule goes on: one bad minute must not end the protection of the rest of the week.
export type Timers = {
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

const nodeTimers: Timers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export function scheduleBackups(
  everyMinutes: number, run: () => Promise<void>, onError: (error: unknown) => void, timers: Timers = nodeTimers,
): () => void {
  let running = false;
  const tick = () => {
    if (running) return; // a slow backup is never overlapped by the next one
    running = true;
    void run().catch(onError).finally(() => { running = false; });
  };
  tick();
  const handle = timers.setInterval(tick, everyMinutes * 60_000);
  return () => timers.clearInterval(handle);
}
