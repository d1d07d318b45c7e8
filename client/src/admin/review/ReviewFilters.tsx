// The interviews table's filters (issue 20, item 1): every one the list route takes — unit, enumerator, device,
// interview day, mode, entry, status, flag, questionnaire version, serial — and the sort. They live in the page's
// address, so a filtered table survives Back and reload and other pages can link to one (a device's interviews).
import { createResource, For, Show } from 'solid-js';
import type { ReviewListQuery } from '#shared/api/review.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { DateField } from '../../components/DateField.tsx';
import { readDay } from '../../components/date-text.ts';
import { fieldText } from '../../components/field-text.ts';
import { useI18n } from '../../i18n/context.tsx';
import { listAccounts } from '../accounts-api.ts';
import { settled } from '../settled.ts';

const FIELDS = ['unit', 'account', 'device', 'day', 'mode', 'entry', 'status', 'flag', 'version', 'serial', 'sort'] as const;
export type FilterSearch = Partial<Record<(typeof FIELDS)[number], string>>;

const STATUSES = ['received', 'approved', 'needs_correction', 'rejected'] as const;
const FLAGS = ['any', 'none', 'serial_duplicate', 'same_answers', 'over_quota', 'outside_window', 'too_short', 'after_close'] as const;
const SORTS = ['arrival', 'serial', 'unit_serial'] as const;
const ENTRIES = ['interview', 'paper'] as const;

/** The list query the address asks for; the server checks every field (a bad one is refused in words). */
export function queryOf(search: FilterSearch): ReviewListQuery {
  const query: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = search[field];
    if (value) query[field] = value;
  }
  return query;
}

/**
 * What a person types into the free fields, in the form the route's schema (ReviewListQuerySchema) takes; the lists
 * offer only what it takes. Not the schema itself: a zod schema used here would pull zod into the phone's entry
 * through the shared modules both import (decision 0010). The server still checks every field.
 */
const TYPED_FORMS: Partial<Record<(typeof FIELDS)[number], RegExp>> = {
  device: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  day: /^\d{4}-\d{2}-\d{2}$/,
  version: /^[1-9]\d{0,9}$/,
  serial: /^\d{1,10}$/,
};

/** The first typed filter the list route would refuse (a device id that is not one, a serial with letters), if any. */
export function refusedFilter(query: ReviewListQuery): (typeof FIELDS)[number] | undefined {
  return FIELDS.find((field) => {
    const value = query[field as keyof ReviewListQuery];
    return value !== undefined && TYPED_FORMS[field]?.test(value) === false;
  });
}

type Props = {
  survey: SurveySummary | undefined;
  query: ReviewListQuery;
  /** Every field, empty ones as undefined (the address drops them). */
  onApply: (search: FilterSearch) => void;
};

export function ReviewFilters(props: Props) {
  const { t } = useI18n();
  // The enumerators who work on this survey, by the units they are assigned; the list is the office's own (if the
  // accounts cannot be listed, the filter offers "all" alone rather than failing the page).
  const [accounts] = createResource(listAccounts);
  const enumerators = () => (settled(accounts) ?? []).filter((account) =>
    account.assignments.some((assignment) => assignment.surveySlug === props.survey?.slug));
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const typed = (field: string) => fieldText(form, field).trim() || undefined;
    // The day is typed dd/mm/yyyy and sent as an ISO day; one that is no real day is sent as typed, and named.
    props.onApply({ ...Object.fromEntries(FIELDS.map((field) => [field, typed(field)])), day: readDay(typed('day') ?? '') ?? typed('day') });
  };
  const select = (name: string, options: readonly { value: string; label: string }[]) => (
    <div class="dash-field">
      <label for={`review-${name}`}>{t(`review.filter.${name}`)}</label>
      <select id={`review-${name}`} name={name}>
        <Show when={name !== 'sort'}><option value="">{t('review.filter.all')}</option></Show>
        <For each={options}>
          {(option) => <option value={option.value} selected={props.query[name as keyof ReviewListQuery] === option.value}>{option.label}</option>}
        </For>
      </select>
    </div>
  );
  const text = (name: 'device' | 'serial' | 'version', attributes: { size: number; type?: string; numeric?: boolean }) => (
    <div class="dash-field">
      <label for={`review-${name}`}>{t(`review.filter.${name}`)}</label>
      <input id={`review-${name}`} name={name} type={attributes.type ?? 'text'} size={attributes.size} min={attributes.type === 'number' ? 1 : undefined}
        inputMode={attributes.numeric ? 'numeric' : undefined} value={props.query[name] ?? ''} />
    </div>
  );

  return (
    <form class="dash-tools review-filters" onSubmit={onSubmit}>
      {select('unit', (props.survey?.units ?? []).map((unit) => ({ value: unit.no, label: `${unit.no} · ${unit.name}` })))}
      {select('account', enumerators().map((account) => ({ value: String(account.id), label: `${account.username} · ${account.displayName}` })))}
      <div class="dash-field"><DateField label={t('review.filter.day')} name="day" value={props.query.day ?? ''} onChange={() => undefined} /></div>
      {select('mode', (props.survey?.modes ?? []).map((mode) => ({ value: mode, label: t(`review.mode.${mode}`) })))}
      {select('entry', ENTRIES.map((entry) => ({ value: entry, label: t(`review.entry.${entry}`) })))}
      {select('status', STATUSES.map((status) => ({ value: status, label: t(`review.status.${status}`) })))}
      {select('flag', FLAGS.map((flag) => ({ value: flag, label: t(`review.flagFilter.${flag}`) })))}
      {text('version', { size: 3, type: 'number' })}
      {text('serial', { size: 8, numeric: true })}
      {text('device', { size: 36 })}
      {select('sort', SORTS.map((sort) => ({ value: sort, label: t(`review.sort.${sort}`) })))}
      <button type="submit">{t('audit.filter.apply')}</button>
    </form>
  );
}
