// Makes the one session available to every page without passing it through props.
import { createContext, useContext, type ParentProps } from 'solid-js';
import { createSession, type Session } from './session.ts';

const SessionContext = createContext<Session>();

export function SessionProvider(props: ParentProps) {
  return <SessionContext.Provider value={createSession()}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no SessionProvider above this component');
  return session;
}
