// The only door to the admin area. It checks the role before the admin chunk is even requested, so an
// enumerator or unit board gets a "no permission" page and never downloads admin code.
import { lazy, Show } from 'solid-js';
import { useParams } from '../router/router.tsx';
import { useSession } from '../session/context.tsx';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';
import { OfficeWords } from '../i18n/context.tsx';

const AdminArea = lazy(() => import('../admin/AdminArea.tsx'));

export function AdminGate() {
  const session = useSession();
  const params = useParams<{ section?: string }>();
  return (
    <Show when={session.hasRole('admin')} fallback={<ForbiddenPage />}>
      <OfficeWords><AdminArea section={params.section ?? ''} /></OfficeWords>
    </Show>
  );
}
