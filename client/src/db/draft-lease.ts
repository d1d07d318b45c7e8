// Two tabs never edit one draft: the tab that opens a draft first holds its lease (a Web Lock named after the
// draft) until it closes or leaves the draft; a second tab is told and shows the draft read-only, and takes
// the lease over by itself once the first lets go. Where Web Locks are missing, the tab edits (nothing to share).
import { createSignal, type Accessor } from 'solid-js';

/** 'asking' only for the moment before the browser answers; 'elsewhere' while another tab edits the draft. */
export type LeaseStatus = 'asking' | 'held' | 'elsewhere';
export type Lease = { status: Accessor<LeaseStatus>; release: () => void };

export function leaseDraft(id: string): Lease {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { status: () => 'held', release: () => undefined };
  const [status, setStatus] = createSignal<LeaseStatus>('asking');
  const controller = new AbortController();
  let letGo: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => { letGo = resolve; });
  const name = `phieu-draft:${id}`;
  const hold = () => { setStatus('held'); return holding; };

  // First ask without waiting, so the screen knows at once whether it may edit; then queue for the lease.
  void locks.request(name, { ifAvailable: true }, (lock) => {
    if (lock) return hold();
    setStatus('elsewhere');
    void locks.request(name, { signal: controller.signal }, hold).catch(() => undefined);
    return undefined;
  });
  return {
    status,
    release: () => { controller.abort(); letGo(); },
  };
}
