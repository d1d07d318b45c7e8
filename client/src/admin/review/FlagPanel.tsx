// One open flag of an interview under review (issue 20, item 4), explained in words; a duplicate (the same serial,
// the same answers) shown side by side with its mates wherever their answers differ; the decisions: keep (for a
// duplicate, keep both), void this one with a reason, or merge it into a mate as a true duplicate.
import { createResource, For, Show } from 'solid-js';
import type { FlagDecisionRequest, FlagState, ReviewDetail } from '#shared/api/review.ts';
import { diffAnswers } from '#shared/interview/review.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { useI18n } from '../../i18n/context.tsx';
import { A } from '../../router/router.tsx';
import { fetchReviewDetail } from './review-api.ts';
import { settled } from '../settled.ts';
import { placeName, variableWords, type PaperPlace } from './question-words.ts';

type Props = {
  survey: string; detail: ReviewDetail; flag: FlagState;
  /** The interview's questionnaire, once loaded: the differing answers then read as on paper. */
  places: ReadonlyMap<string, PaperPlace> | undefined;
  decide: (body: Omit<FlagDecisionRequest, 'revision' | 'version'>) => void;
};

export function FlagPanel(props: Props) {
  const { t } = useI18n();
  const duplicate = () => props.flag.flag === 'serial_duplicate' || props.flag.flag === 'same_answers';
  const [mates] = createResource(() => (duplicate() && !props.flag.decision ? props.flag.mates : undefined),
    (ids) => Promise.all(ids.map((id) => fetchReviewDetail(props.survey, id))));
  return (
    <li data-flag={props.flag.flag}>
      {t(`review.flag.${props.flag.flag}`)}
      <Show when={props.flag.decision} fallback={
        <>
          <Show when={settled(mates)}>
            {(list) => (
              <For each={list()}>
                {(mate) => (
                  <table class="dash-table side-by-side" data-mate={mate.interview.id}>
                    <caption>
                      <A href={`/admin/review/${props.survey}/interviews/${mate.interview.id}`}>{mate.interview.serial ?? mate.interview.id.slice(0, 8)}</A>
                      {' · '}{mate.interview.username} · {formatDateTime(mate.interview.receivedAt)}
                    </caption>
                    <thead><tr><th scope="col">{t('double.col.variable')}</th><th scope="col">{t('review.side.this')}</th><th scope="col">{t('review.side.mate')}</th></tr></thead>
                    <tbody>
                      <For each={diffAnswers(props.detail.answers, mate.answers)} fallback={<tr><td colSpan={3}>{t('review.side.same')}</td></tr>}>
                        {(change) => (
                          <tr>
                            <th scope="row">{placeName(props.places, change.variable)}</th>
                            <td>{variableWords(props.places, change.variable, change.before, t)}</td>
                            <td>{variableWords(props.places, change.variable, change.after, t)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                    <Show when={duplicate()}>
                      <tfoot><tr><td colSpan={3}>
                        <button type="button" class="secondary" onClick={() => props.decide({ decision: 'merge', into: mate.interview.id })}>{t('review.decision.merge')}</button>
                      </td></tr></tfoot>
                    </Show>
                  </table>
                )}
              </For>
            )}
          </Show>
          <span>
            {' '}
            <button type="button" onClick={() => props.decide({ decision: 'keep' })}>{duplicate() ? t('review.decision.keepBoth') : t('review.decision.keep')}</button>
            <button type="button" class="secondary" onClick={() => props.decide({ decision: 'void' })}>{t('review.decision.void')}</button>
          </span>
        </>
      }>
        {(decision) => <span>{' — '}{t(decision().reason ? 'review.detail.decided' : 'review.detail.decidedNoReason', { decision: t(`review.decision.${decision().decision}`), by: decision().username, at: formatDateTime(decision().at), reason: decision().reason })}</span>}
      </Show>
    </li>
  );
}
