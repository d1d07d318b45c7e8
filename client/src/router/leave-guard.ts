// "Leave with unsaved changes?": an editor registers how to tell it has unsaved changes; while it has, the
// router asks before going to another page (navigate, links, the back and forward buttons) and the browser
// asks before the tab is closed or reloaded (beforeunload, in the browser's own words).
import { onCleanup } from 'solid-js';
import { useI18n } from '../i18n/context.tsx';

type Guard = { dirty: () => boolean; ask: () => boolean };
const guards = new Set<Guard>();

/** True when the page may be left: nothing unsaved, or the user agreed to drop it. */
export function mayLeave(): boolean {
  for (const guard of guards) if (guard.dirty()) return guard.ask();
  return true;
}

/** Registers a guard (`ask` puts the question) and returns what removes it. */
export function addLeaveGuard(dirty: () => boolean, ask: () => boolean): () => void {
  const guard: Guard = { dirty, ask };
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when this is set
  };
  guards.add(guard);
  window.addEventListener('beforeunload', beforeUnload);
  return () => {
    guards.delete(guard);
    window.removeEventListener('beforeunload', beforeUnload);
  };
}

/** For an editor page: `useLeaveGuard(() => changed())` while it is mounted. The question is an office word
 * (the editors are office screens); a phone screen using it would move that word to the field part first. */
export function useLeaveGuard(dirty: () => boolean): void {
  const { t } = useI18n();
  onCleanup(addLeaveGuard(dirty, () => window.confirm(t('admin.leaveUnsaved'))));
}
