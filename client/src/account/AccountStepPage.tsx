// /account/<step>: what a sign-in owes after the password (a code, a new password, an enrolment), and where any
// account changes its password (the account menu) or an admin turns on two-step sign-in. A lazy page with the office
// words: the phone's entry chunk carries only its route line. Reached from a sign-in (`?signIn=1`), the last step's
// answer — the account — is adopted as the sign-in's would be (an enumerator's device enrols), then the app opens.
import { Match, Switch } from 'solid-js';
import { OfficeWords } from '../i18n/context.tsx';
import { navigate, useParams, useSearchParams } from '../router/router.tsx';
import { useSession } from '../session/context.tsx';
import type { SignInResponse } from '#shared/api/auth.ts';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { EnrolTwoFactor } from './EnrolTwoFactor.tsx';
import { SecondFactorForm } from './SecondFactorForm.tsx';

/** `password`: the new password, when the step set one (the device's offline verifier is made of it). */
export type StepDone = (answer: SignInResponse, password?: string) => Promise<void>;

export default function AccountStepPage() {
  const params = useParams<{ step: string }>();
  const [search] = useSearchParams<{ signIn?: string }>();
  const session = useSession();
  /** Reached as a step the sign-in owes (not from the account menu). */
  const owed = () => search.signIn === '1' || session.state().status !== 'signedIn';
  /** After a step: the next one, or — the sign-in complete — the app; from the account menu, the page stays. */
  const done: StepDone = async (answer, password) => {
    if ('step' in answer) return navigate(`/account/${answer.step}?signIn=1`, { replace: true });
    if (!owed()) return password === undefined ? undefined : session.passwordChanged(password);
    await session.complete(answer, password);
    navigate('/', { replace: true });
  };
  return (
    <OfficeWords>
      <section class="sign-in">
        <Switch fallback={<NotFoundPage />}>
          <Match when={params.step === 'code'}><SecondFactorForm done={done} /></Match>
          <Match when={params.step === 'password'}><ChangePasswordForm done={done} owed={owed()} /></Match>
          <Match when={params.step === 'two-factor'}><EnrolTwoFactor owed={owed()} /></Match>
        </Switch>
      </section>
    </OfficeWords>
  );
}
