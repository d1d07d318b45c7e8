// A route's role check, as a frame: the page inside (and its lazy chunk) is not even created for another role,
// which gets the no-permission page. Stands inside RequireSignIn, so the session is known by then.
import { Show, type ParentComponent } from 'solid-js';
import type { Role } from '#shared/accounts/schema.ts';
import { useSession } from '../session/context.tsx';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';

const frames = new Map<Role, ParentComponent>();

/** The frame letting only `role` through; one per role, so routes of the same role share it. */
export function requireRole(role: Role): ParentComponent {
  let frame = frames.get(role);
  if (!frame) {
    frame = (props) => {
      const session = useSession();
      return <Show when={session.hasRole(role)} fallback={<ForbiddenPage />}>{props.children}</Show>;
    };
    frames.set(role, frame);
  }
  return frame;
}

/** For an office-wide page (office-pages.ts `officeWide`): an admin limited to some surveys gets the no-permission page. */
export const RequireOfficeWide: ParentComponent = (props) => {
  const session = useSession();
  return <Show when={session.me()?.officeWide !== false} fallback={<ForbiddenPage />}>{props.children}</Show>;
};
