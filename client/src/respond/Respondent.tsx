// The page's flow: open the link (one request), then intro → (unit) → one question per screen → send until the
// receipt → thanks. Every answer is saved in the browser as it is given (store.ts); the page resumes where it was.
import { createMemo, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type { RespondentForm } from '#shared/online/schema.ts';
import type { Answers, AnswerValue } from '#shared/survey/answer.ts';
import type { Issue } from '#shared/survey/issues.ts';
import { openLink, sendUntilReceipt, type Refusal } from './api.ts';
import { finish, issuesOf, makeForm, screens, withUnit } from './form.ts';
import { Question } from './Question.tsx';
import { Intro, Notice, Thanks, windowText } from './Screens.tsx';
import { doneAt, loadProgress, markDone, newId, saveProgress, type Progress } from './store.ts';
import { UnitPicker } from './UnitPicker.tsx';
import { t } from './words.ts';

type Phase = 'form' | 'sending' | 'thanks';

export function Respondent(props: { token: string }) {
  const [progress, setProgress] = createSignal<Progress | undefined>(loadProgress(props.token));
  const [loaded, { refetch }] = createResource(() => openLink(props.token, progress()?.ticket));
  const [phase, setPhase] = createSignal<Phase>('form');
  const [issues, setIssues] = createSignal<Issue[]>([]);
  const [waiting, setWaiting] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Refusal>();
  const [honeypot, setHoneypot] = createSignal('');

  const open = (): RespondentForm | undefined => { const o = loaded(); return o?.ok ? o.value : undefined; };
  const form = createMemo(() => {
    const f = open(), p = progress();
    return f?.version && p?.unitNo ? makeForm(f.version, p.unitNo, f.minAge?.variable) : undefined;
  });
  const list = () => { const f = form(), p = progress(); return f && p ? screens(f, p.answers) : []; };
  const current = () => { const l = list(); return l.find((q) => q.id === progress()?.at) ?? l[0]; };

  const keep = (next: Progress) => { saveProgress(props.token, next); setProgress(next); };
  const start = () => {
    const f = open()!;
    keep({ id: newId(), ticket: f.ticket, startedAt: new Date().toISOString(), unitNo: f.unit?.no ?? '', answers: {}, at: '' });
  };
  const change = (patch: Record<string, AnswerValue | undefined>) => {
    const p = progress()!;
    const answers: Answers = { ...p.answers };
    for (const [name, value] of Object.entries(patch)) if (value === undefined) delete answers[name]; else answers[name] = value;
    setIssues([]);
    keep({ ...p, answers });
  };
  const move = (by: 1 | -1) => {
    const f = form()!, p = progress()!, q = current()!;
    const answers = withUnit(f, p.answers);
    const minAge = open()!.minAge;
    const age = minAge && q.id === minAge.variable ? p.answers[q.id] : undefined;
    if (by === 1 && minAge && typeof age === 'number' && age < minAge.years) return keep({ ...p, underAge: true });
    if (by === 1) {
      const found = issuesOf(f, answers, q);
      if (found.length > 0) return setIssues(found);
    }
    const l = screens(f, answers), i = l.indexOf(l.find((s) => s.id === q.id)!) + by;
    if (i < 0) return;
    if (i >= l.length) return void send();
    keep({ ...p, answers, at: l[i]!.id });
  };
  const send = async () => {
    const f = form()!, p = progress()!, o = open()!;
    const done = finish(f, withUnit(f, p.answers));
    if (done.issues.length > 0) return setIssues(done.issues);
    setPhase('sending');
    const body = {
      id: p.id, unitNo: p.unitNo, questionnaireVersion: o.version!.version, answers: done.answers, ticket: p.ticket,
      startedAt: p.startedAt, sentAt: new Date().toISOString(), ...(honeypot() ? { website: honeypot() } : {}),
    };
    const outcome = await sendUntilReceipt(props.token, body, () => setWaiting(true));
    setWaiting(false);
    if ('receipt' in outcome) {
      markDone(props.token, o.survey.slug, outcome.receipt.receivedAt);
      setPhase('thanks');
    } else {
      setRefusal(outcome.refusal);
      setPhase('form');
    }
  };
  const issueText = (issue: Issue) => t(`respond.issue.${issue.rule}`, issue.params) === `respond.issue.${issue.rule}`
    ? t('respond.issue.other') : t(`respond.issue.${issue.rule}`, issue.params);

  return (
    <>
      <Show when={open()}>{(f) => <h1>{f().survey.title}</h1>}</Show>
      <Switch fallback={<Notice text={t('respond.loading')} />}>
        <Match when={phase() === 'thanks'}><Thanks /></Match>
        <Match when={loaded() && !loaded()!.ok}>
          {(() => { const r = (loaded() as { refusal?: Refusal }).refusal; return <Notice text={r ? t(`problem.${r.code}`, r.params) : t('respond.loadFailed')} retry={r ? undefined : () => void refetch()} />; })()}
        </Match>
        <Match when={open() && doneAt(open()!.survey.slug)}><Notice text={t('respond.already')} /></Match>
        <Match when={open() && open()!.state !== 'open'}><Notice text={windowText(open()!)} /></Match>
        <Match when={open() && !open()!.version}><Notice text={t('respond.notReady')} /></Match>
        <Match when={progress()?.underAge}><Notice text={t('respond.underAge', { years: open()?.minAge?.years ?? 18 })} /></Match>
        <Match when={open() && !progress()}><Intro form={open()!} onStart={start} /></Match>
        <Match when={open() && !progress()!.unitNo}>
          <UnitPicker units={open()!.units} onPick={(unitNo) => keep({ ...progress()!, unitNo })} />
        </Match>
        <Match when={phase() === 'sending'}><Notice text={waiting() ? t('respond.waiting') : t('respond.sending')} /></Match>
        <Match when={current()}>
          {(q) => (
            <div class="card">
              <p class="muted">{t('respond.step', { n: list().indexOf(q()) + 1, total: list().length })}</p>
              <Question question={q()} answers={progress()!.answers} onChange={change} />
              <Show when={issues().length > 0}><p class="err" role="alert">{issueText(issues()[0]!)}</p></Show>
              <Show when={refusal()}>{(r) => <p class="err" role="alert">{t('respond.refused', { reason: t(`problem.${r().code}`, r().params) })}</p>}</Show>
              <div class="bar">
                <Show when={list().indexOf(q()) > 0}><button type="button" onClick={() => move(-1)}>{t('respond.back')}</button></Show>
                <button class="go" type="button" onClick={() => move(1)}>{list().indexOf(q()) === list().length - 1 ? t('respond.send') : t('respond.next')}</button>
              </div>
            </div>
          )}
        </Match>
      </Switch>
      <div class="hp" aria-hidden="true">
        <label>{t('respond.honeypot')}<input type="text" name="website" tabindex="-1" autocomplete="off" value={honeypot()} onInput={(e) => setHoneypot(e.currentTarget.value)} /></label>
      </div>
    </>
  );
}
