// The route table. The enumerator's pages are imported statically: they form one chunk with the app's frame
// (the service worker precaches it all at once, and one file compresses better than several). The entry pages
// sit behind RequireDevice: they read the device's IndexedDB, offline. Office pages are lazy chunks, never
// precached (vite.config.ts); those of the office's menu come from office-pages.ts, one line each, behind the
// role check, which runs before their chunk is requested. To add an enumerator's page: an import and a line in
// ROUTES; an office page: a line in OFFICE_PAGES.
import { lazy } from 'solid-js';
import { Router, type Route } from './router/router.tsx';
import { I18nProvider, OfficeWords } from './i18n/context.tsx';
import { SessionProvider } from './session/context.tsx';
import { Shell } from './components/Shell.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { RequireDevice } from './components/RequireDevice.tsx';
import { requireRole } from './components/RequireRole.tsx';
import { StartPage } from './components/StartPage.tsx';
import SignInPage from './pages/SignInPage.tsx';
import NewInterviewPage from './pages/NewInterviewPage.tsx';
import InterviewPage from './pages/InterviewPage.tsx';
import { PaperKeyingPage, ReviewPage } from './phone-lazy.ts'; // precached lazy chunks, out of the entry
import NotFoundPage from './pages/NotFoundPage.tsx';

const UnitDashboardPage = lazy(() => import('./quota/UnitDashboardPage.tsx'));
const SharePage = lazy(() => import('./quota/SharePage.tsx'));
// A sign-in's steps after the password and one's own password: online only, so never in the phone's entry chunk.
const AccountStepPage = lazy(() => import('./account/AccountStepPage.tsx'));
// Office screens outside the admin area need the office words too.
const UnitDashboard = () => <OfficeWords><UnitDashboardPage /></OfficeWords>;
const Share = () => <OfficeWords><SharePage /></OfficeWords>;
const UnitResultsPage = lazy(() => import('./admin/results/UnitResultsPage.tsx'));
const UnitResults = () => <OfficeWords><UnitResultsPage /></OfficeWords>;

const signedIn = [RequireSignIn];
const onThisDevice = [RequireSignIn, RequireDevice];

// The office's pages: one lazy area with its own route table (admin/OfficeArea.tsx, from office-pages.ts), requested
// only once the role check has let an admin through, so no office line or loader rides on the phone's entry chunk.
const OfficeArea = lazy(() => import('./admin/OfficeArea.tsx'));

/** Matched in order; the first match wins. */
const ROUTES: readonly Route[] = [
  { path: '/sign-in', page: SignInPage },
  { path: '/share/:token', page: Share },
  { path: '/account/:step', page: AccountStepPage },
  { path: '/', page: StartPage, within: signedIn },
  { path: '/interviews/new/:survey/:unit', page: NewInterviewPage, within: onThisDevice },
  { path: '/interviews/key/:survey/:unit', page: PaperKeyingPage, within: onThisDevice },
  { path: '/interviews/:id/review', page: ReviewPage, within: onThisDevice },
  { path: '/interviews/:id', page: InterviewPage, within: onThisDevice },
  { path: '/admin/*', page: OfficeArea, within: [RequireSignIn, requireRole('admin')] },
  { path: '/quota/:survey/units/:unitNo', page: UnitDashboard, within: signedIn },
  { path: '/results/:survey/units/:unitNo', page: UnitResults, within: signedIn },
  { path: '*', page: NotFoundPage },
];

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Router root={Shell} routes={ROUTES} />
      </SessionProvider>
    </I18nProvider>
  );
}
