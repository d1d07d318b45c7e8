// The route table. Every page is its own lazy chunk; the admin area is reached only through AdminGate, which
// loads it after checking the role, so an enumerator's browser never downloads admin code. The enumerator's
// pages (home, new interview, interview) sit behind RequireDevice: they read the device's IndexedDB, offline.
// To add a page: a lazy import below and one <Route> line in the group it belongs to.
import { lazy } from 'solid-js';
import { Route, Router } from '@solidjs/router';
import { I18nProvider, OfficeWords } from './i18n/context.tsx';
import { SessionProvider } from './session/context.tsx';
import { Shell } from './components/Shell.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { RequireDevice } from './components/RequireDevice.tsx';
import { AdminGate } from './components/AdminGate.tsx';
import { StartPage } from './components/StartPage.tsx';

const SignInPage = lazy(() => import('./pages/SignInPage.tsx'));
const NewInterviewPage = lazy(() => import('./pages/NewInterviewPage.tsx'));
const InterviewPage = lazy(() => import('./pages/InterviewPage.tsx'));
const PaperKeyingPage = lazy(() => import('./pages/PaperKeyingPage.tsx'));
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const UnitDashboardPage = lazy(() => import('./quota/UnitDashboardPage.tsx'));
const SharePage = lazy(() => import('./quota/SharePage.tsx'));
// Office screens outside the admin area need the office words too.
const UnitDashboard = () => <OfficeWords><UnitDashboardPage /></OfficeWords>;
const Share = () => <OfficeWords><SharePage /></OfficeWords>;

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Router root={Shell}>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/share/:token" component={Share} />
          <Route path="/" component={RequireSignIn}>
            <Route path="/" component={StartPage} />
            <Route path="/interviews" component={RequireDevice}>
              <Route path="/new/:survey/:unit" component={NewInterviewPage} />
              <Route path="/key/:survey/:unit" component={PaperKeyingPage} />
              <Route path="/:id/review" component={ReviewPage} />
              <Route path="/:id" component={InterviewPage} />
            </Route>
            {/* Not lazy on purpose: the router preloads lazy route components on match, before any guard runs. */}
            <Route path="/admin/*section" component={AdminGate} />
            <Route path="/quota/:survey/units/:unitNo" component={UnitDashboard} />
          </Route>
          <Route path="*" component={NotFoundPage} />
        </Router>
      </SessionProvider>
    </I18nProvider>
  );
}
