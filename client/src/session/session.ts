// The signed-in account for the whole app: loaded once from /api/auth/me, replaced on sign-in, cleared on
// sign-out or when any request says the session is gone. Pages read it; only this module changes it.
import { createSignal } from 'solid-js';
import type { MeResponse, SignInRequest } from '#shared/api/auth.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { fetchMe, signIn as postSignIn, signOut as postSignOut } from '../api/auth.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; me: MeResponse }
  /** The server could not be reached to ask who is signed in. */
  | { status: 'error'; error: unknown };

export type Session = {
  state: () => SessionState;
  /** The account and its assignments when signed in, otherwise null. */
  me: () => MeResponse | null;
  hasRole: (role: Role) => boolean;
  signIn: (credentials: SignInRequest) => Promise<MeResponse>;
  signOut: () => Promise<void>;
  /** Forget the account locally after the server answered 401 to some request. */
  expire: () => void;
  /** Ask the server again who is signed in (after a network failure). */
  reload: () => Promise<void>;
};

export function createSession(): Session {
  const [state, setState] = createSignal<SessionState>({ status: 'loading' });
  const me = () => {
    const current = state();
    return current.status === 'signedIn' ? current.me : null;
  };

  const reload = async () => {
    setState({ status: 'loading' });
    try {
      const found = await fetchMe();
      setState(found ? { status: 'signedIn', me: found } : { status: 'signedOut' });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  void reload();

  return {
    state,
    me,
    hasRole: (role) => me()?.account.role === role,
    signIn: async (credentials) => {
      const next = await postSignIn(credentials);
      setState({ status: 'signedIn', me: next });
      return next;
    },
    signOut: async () => {
      await postSignOut();
      setState({ status: 'signedOut' });
    },
    expire: () => setState({ status: 'signedOut' }),
    reload,
  };
}
