// The route table. Every page is its own lazy chunk; the admin area is reached only through AdminGate, which
// loads it after checking the role, so an enumerator's browser never downloads admin code.
import { lazy } from 'solid-js';
import { Route, Router } from '@solidjs/router';
import { I18nProvider } from './i18n/context.tsx';
import { SessionProvider } from './session/context.tsx';
import { Shell } from './components/Shell.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { AdminGate } from './components/AdminGate.tsx';

const SignInPage = lazy(() => import('./pages/SignInPage.tsx'));
const SurveyListPage = lazy(() => import('./pages/SurveyListPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Router root={Shell}>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/" component={RequireSignIn}>
            <Route path="/" component={SurveyListPage} />
            {/* Not lazy on purpose: the router preloads lazy route components on match, before any guard runs. */}
            <Route path="/admin/*section" component={AdminGate} />
          </Route>
          <Route path="*" component={NotFoundPage} />
        </Router>
      </SessionProvider>
    </I18nProvider>
  );
}
