// The survey an office page shows, chosen from a list when the office has more than one: choosing goes to the
// page's own address for that survey, so the choice survives a reload and can be shared as a link.
import { For, Show } from 'solid-js';
import { navigate } from '../router/router.tsx';

type Props = {
  /** The select's id (one per page), for its label. */
  id: string;
  label: string;
  surveys: readonly { slug: string; title: string }[] | undefined;
  current: string;
  /** The page's address for a survey ("/admin/quota/" + slug). */
  href: (slug: string) => string;
};

export function SurveyPicker(props: Props) {
  return (
    <Show when={(props.surveys?.length ?? 0) > 1}>
      <div class="dash-field">
        <label for={props.id}>{props.label}</label>
        <select id={props.id} value={props.current} onChange={(e) => navigate(props.href(e.currentTarget.value))}>
          <For each={props.surveys}>{(survey) => <option value={survey.slug}>{survey.title}</option>}</For>
        </select>
      </div>
    </Show>
  );
}
