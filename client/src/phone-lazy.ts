// The phone's own lazy chunks: precached (PHONE_LAZY in vite.config.ts) so they work offline, but out of the entry
// chunk, which every screen waits for. Loaded from here, not from the route table, whose lazy imports are the
// office's (never precached): the same way the English field words are loaded from shared/i18n/load.ts.
import { lazy } from 'solid-js';

/** Paper keying: a clerk's laptop more than a phone, offline all the same. */
export const PaperKeyingPage = lazy(() => import('./pages/PaperKeyingPage.tsx'));
/** The review before finishing, of both entry modes: reached at a form's end, never the first screen. */
export const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx'));
