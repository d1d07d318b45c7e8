// /account/<step>: what a sign-in owes after the password (a code, a new password, an enrolment), and where any
// account changes its password (the account menu) or an admin turns on two-step sign-in. A lazy page with the office
// words: the phone's entry chunk carries only its route line. When the step is done, the session asks the server
// again who is signed in (`reload`), which adopts the account as a sign-in does, then the app opens.
import { Match, Switch } from 'solid-js';
import { OfficeWords } from '../i18n/context.tsx';
import { navigate, useParams } from '../router/router.tsx';
import { useSession } from '../session/context.tsx';
import type { SignInResponse } from '#shared/api/auth.ts';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { EnrolTwoFactor } from './EnrolTwoFactor.tsx';
import { SecondFactorForm } from './SecondFactorForm.tsx';

export type StepDone = (answer: SignInResponse) => Promise<void>;

export default function AccountStepPage() {
  const params = useParams<{ step: string }>();
  const session = useSession();
  /** After a step: the next one, or — signed in now — the app (an account already signed in stays where it is). */
  const done: StepDone = async (answer) => {
    if ('step' in answer) return navigate(`/account/${answer.step}`, { replace: true });
    if (session.state().status === 'signedIn') return;
    await session.reload();
    navigate('/', { replace: true });
  };
  return (
    <OfficeWords>
      <section class="sign-in">
        <Switch fallback={<NotFoundPage />}>
          <Match when={params.step === 'code'}><SecondFactorForm done={done} /></Match>
          <Match when={params.step === 'password'}><ChangePasswordForm done={done} /></Match>
          <Match when={params.step === 'two-factor'}><EnrolTwoFactor /></Match>
        </Switch>
      </section>
    </OfficeWords>
  );
}
