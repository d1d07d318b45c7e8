// Whether the browser believes it has a network, as a signal. Only a hint: a captive portal is "online" too,
// which is why every response is parsed (api/http.ts) and nothing here decides what is synced.
import { createSignal } from 'solid-js';

const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
}

export { online };
