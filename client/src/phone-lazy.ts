// The phone's own lazy chunks: precached (PHONE_LAZY in vite.config.ts) so they work offline, but out of the entry
// chunk, which every screen waits for. Loaded from here, not from the route table, whose lazy imports are the
// office pages (never precached): the same way the English field words are loaded from shared/i18n/load.ts.
import { lazy } from 'solid-js';

/** Paper keying: a clerk's laptop more than a phone, offline all the same. */
export const PaperKeyingPage = lazy(() => import('./pages/PaperKeyingPage.tsx'));
/** The review before finishing: reached after the last question, never the first screen an enumerator opens. */
export const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx'));
/** "Xuất phiếu ra tệp", low on the home: its WebCrypto sealing need not delay the home's first paint. */
export const HandOverPanel = lazy(() => import('./handover/HandOverPanel.tsx').then((module) => ({ default: module.HandOverPanel })));
