// What "/" shows: an enumerator working from this device gets their home (from IndexedDB, offline too);
// admins and unit boards get the online survey list, a lazy office chunk.
import { lazy, Show } from 'solid-js';
import { useSession } from '../session/context.tsx';
import HomePage from '../pages/HomePage.tsx';

const SurveyListPage = lazy(() => import('../pages/SurveyListPage.tsx'));

export function StartPage() {
  const session = useSession();
  return (
    <Show when={session.isLocal()} fallback={<SurveyListPage />}>
      <HomePage />
    </Show>
  );
}
