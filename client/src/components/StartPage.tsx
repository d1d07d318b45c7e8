// What "/" shows: an enumerator working from this device gets their home (from IndexedDB, offline too);
// admins and unit boards get the online survey list. Each page stays its own lazy chunk.
import { lazy, Show } from 'solid-js';
import { useSession } from '../session/context.tsx';

const HomePage = lazy(() => import('../pages/HomePage.tsx'));
const SurveyListPage = lazy(() => import('../pages/SurveyListPage.tsx'));

export function StartPage() {
  const session = useSession();
  return (
    <Show when={session.isLocal()} fallback={<SurveyListPage />}>
      <HomePage />
    </Show>
  );
}
