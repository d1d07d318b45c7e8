// Guards the pages that work on the device's own interviews: only an enumerator signed in on this device.
import { Show, type ParentProps } from 'solid-js';
import { useSession } from '../session/context.tsx';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';

export function RequireDevice(props: ParentProps) {
  const session = useSession();
  return <Show when={session.isLocal()} fallback={<ForbiddenPage />}>{props.children}</Show>;
}
