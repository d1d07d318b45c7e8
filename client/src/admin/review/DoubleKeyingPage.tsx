// Double keying (issue 20, item 8): each paper form keyed twice, its two keyings side by side wherever they
// disagree; the admin picks the right value of each (the first keying's by default) and confirms with a reason.
// Second keyings not paired yet are listed with why. /admin/review/:survey/double-keying
import { createResource, createSignal, For, Show } from 'solid-js';
import type { KeyingPair } from '#shared/api/review.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { AnswerValue } from '#shared/survey/answer.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useParams } from '../../router/router.tsx';
import { settled } from '../settled.ts';
import { paperPlaces, placeName, variableWords, type PaperPlace } from './question-words.ts';
import { fetchDoubleKeying, fetchVersion, reconcile } from './tools-api.ts';
import '../../quota/quota.css';

export default function DoubleKeyingPage() {
  const { t } = useI18n();
  const params = useParams<{ survey: string }>();
  const [list, { refetch }] = createResource(() => params.survey, fetchDoubleKeying);
  // One fetch per questionnaire version, however many pairs keyed on it.
  const versions = new Map<number, Promise<Map<string, PaperPlace>>>();
  const placesOf = (version: number) => {
    if (!versions.has(version)) versions.set(version, fetchVersion(params.survey, version).then(paperPlaces));
    return versions.get(version)!;
  };

  const Pair = (props: { pair: KeyingPair }) => {
    // Without the questionnaire (its request failed) the answers show by variable and code.
    const [places] = createResource(() => props.pair.first.questionnaireVersion, placesOf);
    const shown = (variable: string, value: AnswerValue | null) =>
      (value === null ? t('double.noAnswer') : variableWords(settled(places), variable, value, t));
    const [fromSecond, setFromSecond] = createSignal<string[]>([]);
    // Two keyings that agree need no more than the usual words; a value picked between two is the admin's to explain.
    const [reason, setReason] = createSignal(props.pair.disagreements.length === 0 ? t('double.defaultReason') : '');
    const [failure, setFailure] = createSignal<unknown>();
    const pick = (variable: string, second: boolean) =>
      setFromSecond(second ? [...fromSecond(), variable] : fromSecond().filter((v) => v !== variable));
    const confirm = async () => {
      setFailure(undefined);
      try {
        const { first, second } = props.pair;
        await reconcile(params.survey, first.id, {
          secondId: second.id, fromSecond: fromSecond(), reason: reason().trim(), revision: first.revision, version: first.version,
        });
        await refetch();
      } catch (error) {
        setFailure(error);
      }
    };
    return (
      <article class="keying-pair" data-serial={props.pair.serial}>
        <h2>{t('double.pair', { serial: props.pair.serial, unitNo: props.pair.unitNo, first: props.pair.first.username, second: props.pair.second.username })}</h2>
        <p>
          <A href={`/admin/review/${params.survey}/interviews/${props.pair.first.id}`}>{t('double.col.first')}</A>{' · '}
          <A href={`/admin/review/${params.survey}/interviews/${props.pair.second.id}`}>{t('double.col.second')}</A>
        </p>
        <Show when={props.pair.reconciled} fallback={
          <>
            <Show when={props.pair.disagreements.length > 0} fallback={<p>{t('double.agree', { compared: props.pair.compared })}</p>}>
              <table class="dash-table">
                <thead><tr>
                  <th scope="col">{t('double.col.variable')}</th><th scope="col">{t('double.col.first')}</th>
                  <th scope="col">{t('double.col.second')}</th><th scope="col">{t('double.col.pick')}</th>
                </tr></thead>
                <tbody>
                  <For each={props.pair.disagreements}>
                    {(d) => (
                      <tr data-variable={d.variable}>
                        <th scope="row">{placeName(settled(places), d.variable)}</th><td>{shown(d.variable, d.first)}</td><td>{shown(d.variable, d.second)}</td>
                        <td>
                          <label><input type="radio" name={`pick-${props.pair.first.id}-${d.variable}`} checked={!fromSecond().includes(d.variable)}
                            onChange={() => pick(d.variable, false)} /> {t('double.col.first')}</label>{' '}
                          <label><input type="radio" name={`pick-${props.pair.first.id}-${d.variable}`} checked={fromSecond().includes(d.variable)}
                            onChange={() => pick(d.variable, true)} /> {t('double.col.second')}</label>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <div class="dash-field">
              <label for={`reason-${props.pair.first.id}`}>{t('double.reason')}</label>
              <input id={`reason-${props.pair.first.id}`} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
            </div>
            <ErrorNotice error={failure()} />
            <button type="button" onClick={() => void confirm()}>{t('double.reconcile')}</button>
          </>
        }>
          {(done) => <p role="status">{t('double.reconciled', { by: done().username, at: formatDateTime(done().at), disagreements: done().disagreements })}</p>}
        </Show>
      </article>
    );
  };

  return (
    <section class="double-keying">
      <h1>{t('double.title')}</h1>
      <ErrorNotice error={list.error as unknown} />
      <Show when={settled(list)} fallback={<Show when={!list.error}><p class="loading">{t('app.loading')}</p></Show>}>
        {(answer) => (
          <>
            <Show when={answer().pairs.length + answer().unpaired.length > 0} fallback={<p>{t('double.empty')}</p>}>
              <For each={answer().pairs}>{(pair) => <Pair pair={pair} />}</For>
            </Show>
            <Show when={answer().unpaired.length > 0}>
              <h2>{t('double.unpaired')}</h2>
              <ul>
                <For each={answer().unpaired}>
                  {(u) => <li><A href={`/admin/review/${params.survey}/interviews/${u.secondId}`}>{t(`double.unpaired.${u.reason}`, { serial: u.serial, username: u.username })}</A></li>}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
