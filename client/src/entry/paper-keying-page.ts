// The paper keying page as a lazy chunk of the phone's own: precached (PHONE_LAZY in vite.config.ts) so it works
// offline, but out of the entry chunk. It is loaded from here, not from the route table, whose lazy imports are
// the office pages (never precached): the same way the English field words are loaded from shared/i18n/load.ts.
import { lazy } from 'solid-js';

export const PaperKeyingPage = lazy(() => import('../pages/PaperKeyingPage.tsx'));
