// The signed-in account for the whole app. Admins and unit boards work online: their session is the server's
// cookie, asked for at start. An enumerator signs in once, online: the device enrolls (device id, key pair,
// token, offline kit in IndexedDB) and from then on the app opens straight into that account, offline or with
// an expired session — the server is asked in the background, and only sync asks for a new sign-in. Without a
// network, an account that signed in here before signs in again against this device's verifier (decision 0015).
import { createSignal } from 'solid-js';
import type { MeResponse, SignInRequest, SignInResponse } from '#shared/api/auth.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { fetchMe, signIn as postSignIn, signOut as postSignOut } from '../api/auth.ts';
import { ApiError } from '../api/http.ts';
import { systemClock } from '#shared/clock.ts';
import { appDb } from '../db/db.ts';
import { flushDrafts } from '../db/drafts.ts';
import { unsyncedSummary } from '../db/interviews.ts';
import { deleteSetting, isTrue, PENDING_SIGN_OUT, readSetting, writeSetting } from '../db/settings.ts';
import { enrollDevice, refreshDeviceState } from '../device/enroll.ts';
import { knownDeviceId } from '../device/known-device.ts';
import { nowIso } from '../time.ts';
import { clearLocalAccount, readLocalAccount, setLocalAccount } from './local-account.ts';
import { storeVerifier, verifyOffline } from './offline-sign-in.ts';
import { makeVerifier } from './offline-verifier.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  /** `local`: an enumerator working from this device's offline kit (the server may be out of reach). */
  | { status: 'signedIn'; me: MeResponse; local: boolean }
  /** The server could not be reached to ask who is signed in. */
  | { status: 'error'; error: unknown };

/** What the server said of the web session last time it was asked (an enumerator keeps working either way). */
export type ServerSession = 'checking' | 'valid' | 'expired' | 'unreachable';

/** Said once after a sign-out, so the sign-in page can tell that unsynced work stayed on the device. */
export type SignOutReport = { displayName: string; unsynced: number };

export type Session = {
  state: () => SessionState;
  /** The account and its assignments when signed in, otherwise null. */
  me: () => MeResponse | null;
  hasRole: (role: Role) => boolean;
  /** True for an enumerator whose work lives on this device. */
  isLocal: () => boolean;
  server: () => ServerSession;
  /** The sync seam: set by `needSignIn()` when the server refuses the device (token revoked, session gone). */
  signInNeeded: () => boolean;
  needSignIn: () => void;
  lastSignOut: () => SignOutReport | null;
  /** The account, or the step the sign-in owes first (a code, a new password, an enrolment): the session stays
   * signed out until that step's page (/account/<step>) finishes and calls `complete`. With no network, an
   * account known to this device is checked against its verifier (a refusal throws OfflineSignInError). */
  signIn: (credentials: SignInRequest) => Promise<SignInResponse>;
  /** Ends a sign-in whose last step (/account/<step>) answered the account: adopted as a sign-in's would be.
   * `password`: the new one, when that step replaced a temporary password. */
  complete: (found: MeResponse, password?: string) => Promise<MeResponse>;
  signOut: () => Promise<void>;
  /** After a change of password on the device (online): the offline verifier is made of the new one. */
  passwordChanged: (password: string) => Promise<void>;
  /** Forget the account locally after the server answered 401 to some request (online accounts only). */
  expire: () => void;
  /** Ask again who is signed in (after a network failure). */
  reload: () => Promise<void>;
};

export function createSession(): Session {
  const db = appDb();
  const [state, setState] = createSignal<SessionState>({ status: 'loading' });
  const [server, setServer] = createSignal<ServerSession>('checking');
  const [signInNeeded, setSignInNeeded] = createSignal(false);
  const [lastSignOut, setLastSignOut] = createSignal<SignOutReport | null>(null);
  const me = () => {
    const current = state();
    return current.status === 'signedIn' ? current.me : null;
  };
  const isLocal = () => {
    const current = state();
    return current.status === 'signedIn' && current.local;
  };

  const openLocal = async (accountId: number) => {
    await setLocalAccount(db, accountId);
    const local = await readLocalAccount(db);
    if (!local) throw new Error('the offline kit was not stored');
    setState({ status: 'signedIn', me: local, local: true });
    return local;
  };

  /** Online sign-in or a cookie found at start: enumerators enroll this device, others stay online. With the
   * password the server just accepted, the device's offline verifier is made anew (beside the enrolment's
   * requests, so the slow hash adds no wait); a verifier that cannot be made leaves only offline sign-in out. */
  const adopt = async (found: MeResponse, password?: string): Promise<MeResponse> => {
    setServer('valid');
    if (found.account.role !== 'enumerator') {
      setState({ status: 'signedIn', me: found, local: false });
      return found;
    }
    const verifier = password === undefined ? undefined : makeVerifier(password).catch(() => undefined);
    await enrollDevice(db, found.account, () => nowIso());
    const made = await verifier;
    if (made) await storeVerifier(db, found.account.id, made);
    setSignInNeeded(false);
    return openLocal(found.account.id);
  };

  /** No network: the account this device knows, if the password matches its verifier; its work opens as it was. */
  const signInOffline = async (credentials: SignInRequest): Promise<MeResponse> => {
    const accountId = await verifyOffline(db, credentials.username, credentials.password, systemClock.now());
    setServer('unreachable');
    setLastSignOut(null);
    return openLocal(accountId);
  };
  /** The password of a sign-in that owes a step, kept in memory only until that step completes it. */
  let owedPassword: string | undefined;

  /** In the background, for an enumerator already working: is the session still good? Refresh the kit if so. */
  const checkServer = async (local: MeResponse) => {
    setServer('checking');
    try {
      const found = await fetchMe();
      if (!found || found.account.id !== local.account.id) return setServer('expired');
      setServer('valid');
      const device = await db.devices.get(local.account.id);
      if (device) await refreshDeviceState(db, device, () => nowIso());
      await openLocal(local.account.id);
    } catch {
      setServer((now) => (now === 'checking' ? 'unreachable' : now));
    }
  };

  const reload = async () => {
    setState({ status: 'loading' });
    let local: MeResponse | undefined;
    try {
      local = await readLocalAccount(db);
    } catch (error) {
      // Callers start reload unawaited: a device database that cannot open ends in the error state (with its
      // retry), not in an unhandled rejection that leaves the app loading for ever.
      return void setState({ status: 'error', error });
    }
    if (local) {
      setState({ status: 'signedIn', me: local, local: true });
      void checkServer(local);
      return;
    }
    try {
      if (await readSetting(db, PENDING_SIGN_OUT, isTrue).catch(() => undefined)) {
        await postSignOut();
        await deleteSetting(db, PENDING_SIGN_OUT);
        return void setState({ status: 'signedOut' });
      }
      const found = await fetchMe();
      if (found) await adopt(found);
      else setState({ status: 'signedOut' });
    } catch (error) {
      setServer('unreachable');
      // No network and nobody signed in: if an account has a device here, it can sign in offline (decision
      // 0015), so the sign-in page opens rather than the network error.
      const known = error instanceof ApiError && error.kind === 'network' && (await db.devices.count().catch(() => 0)) > 0;
      setState(known ? { status: 'signedOut' } : { status: 'error', error });
    }
  };
  void reload();

  const signOut = async () => {
    const current = me();
    if (!current) return;
    if (!isLocal()) {
      await postSignOut();
      setState({ status: 'signedOut' });
      return;
    }
    await flushDrafts();
    const unsynced = (await unsyncedSummary(db, current.account.id)).count;
    try {
      await postSignOut();
    } catch {
      // Offline: the work is safe here either way; end the server session at the next start online.
      await writeSetting(db, PENDING_SIGN_OUT, true);
    }
    await clearLocalAccount(db);
    setLastSignOut({ displayName: current.account.displayName, unsynced });
    setSignInNeeded(false);
    setState({ status: 'signedOut' });
  };

  return {
    state,
    me,
    hasRole: (role) => me()?.account.role === role,
    isLocal,
    server,
    signInNeeded,
    needSignIn: () => setSignInNeeded(true),
    lastSignOut,
    signIn: async (credentials) => {
      let found: SignInResponse;
      try {
        found = await postSignIn({ ...credentials, deviceId: await knownDeviceId(db, credentials.username) });
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'network') return signInOffline(credentials);
        throw error;
      }
      await deleteSetting(db, PENDING_SIGN_OUT).catch(() => undefined);
      setLastSignOut(null);
      owedPassword = 'step' in found ? credentials.password : undefined;
      return 'step' in found ? found : adopt(found, credentials.password);
    },
    complete: (found, password) => {
      const known = password ?? owedPassword;
      owedPassword = undefined;
      return adopt(found, known);
    },
    signOut,
    passwordChanged: async (password) => {
      const current = me();
      if (current && isLocal()) await storeVerifier(db, current.account.id, await makeVerifier(password));
    },
    expire: () => { if (!isLocal()) setState({ status: 'signedOut' }); },
    reload,
  };
}
