// The route table. The enumerator's pages are imported statically: they form one chunk with the app's frame
// (the service worker precaches it all at once, and one file compresses better than several). Office pages are
// lazy chunks; the admin area is reached only through AdminGate, which loads it after checking the role, so an
// enumerator's browser never downloads admin code. The entry pages sit behind RequireDevice: they read the
// device's IndexedDB, offline. To add a page: an import below and one line in ROUTES.
import { lazy } from 'solid-js';
import { Router, type Route } from './router/router.tsx';
import { I18nProvider, OfficeWords } from './i18n/context.tsx';
import { SessionProvider } from './session/context.tsx';
import { Shell } from './components/Shell.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { RequireDevice } from './components/RequireDevice.tsx';
import { AdminGate } from './components/AdminGate.tsx';
import { StartPage } from './components/StartPage.tsx';
import SignInPage from './pages/SignInPage.tsx';
import NewInterviewPage from './pages/NewInterviewPage.tsx';
import InterviewPage from './pages/InterviewPage.tsx';
import PaperKeyingPage from './pages/PaperKeyingPage.tsx';
import ReviewPage from './pages/ReviewPage.tsx';
import NotFoundPage from './pages/NotFoundPage.tsx';

const UnitDashboardPage = lazy(() => import('./quota/UnitDashboardPage.tsx'));
const SharePage = lazy(() => import('./quota/SharePage.tsx'));
// Office screens outside the admin area need the office words too.
const UnitDashboard = () => <OfficeWords><UnitDashboardPage /></OfficeWords>;
const Share = () => <OfficeWords><SharePage /></OfficeWords>;

const signedIn = [RequireSignIn];
const onThisDevice = [RequireSignIn, RequireDevice];

/** Matched in order; the first match wins. */
const ROUTES: readonly Route[] = [
  { path: '/sign-in', page: SignInPage },
  { path: '/share/:token', page: Share },
  { path: '/', page: StartPage, within: signedIn },
  { path: '/interviews/new/:survey/:unit', page: NewInterviewPage, within: onThisDevice },
  { path: '/interviews/key/:survey/:unit', page: PaperKeyingPage, within: onThisDevice },
  { path: '/interviews/:id/review', page: ReviewPage, within: onThisDevice },
  { path: '/interviews/:id', page: InterviewPage, within: onThisDevice },
  // AdminGate checks the role before the admin chunk is requested.
  { path: '/admin/*section', page: AdminGate, within: signedIn },
  { path: '/quota/:survey/units/:unitNo', page: UnitDashboard, within: signedIn },
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
