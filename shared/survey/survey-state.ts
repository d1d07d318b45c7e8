// A survey's lifecycle (decision 0012): draft → open → closed → archived, with a closed survey reopenable to
// extend its window. These rules are pure so the server enforces them and the office shows the same reasons.
import type { Survey, SurveyMode } from './survey.ts';

export const SURVEY_STATES = ['draft', 'open', 'closed', 'archived'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

const MOVES: Record<SurveyState, readonly SurveyState[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'archived'],
  archived: [],
};

export function canMove(from: SurveyState, to: SurveyState): boolean {
  return MOVES[from].includes(to);
}

/** Devices work on open surveys, keep closed and archived ones (unsynced work is never dropped), never see drafts. */
export function isSentToDevices(state: SurveyState): boolean {
  return state !== 'draft';
}

export type FieldError = { field: string; reason: string };

/**
 * What a settings change may not do once the survey left draft: the slug names it on every device and record;
 * modes and windows may only grow (interviews already taken stay inside them). Archived surveys do not change.
 */
export function settingsChangeErrors(state: SurveyState, before: Survey, after: Survey): FieldError[] {
  if (state === 'draft') return [];
  if (state === 'archived') return [{ field: '', reason: 'survey_archived' }];
  const errors: FieldError[] = [];
  if (after.slug !== before.slug) errors.push({ field: 'slug', reason: 'slug_fixed' });
  for (const mode of before.modes) {
    if (!after.modes.includes(mode)) { errors.push({ field: 'modes', reason: 'mode_removed' }); continue; }
    const was = windowFor(before, mode);
    const now = windowFor(after, mode);
    if (Date.parse(now.start) > Date.parse(was.start)) errors.push({ field: `windows.${mode}.start`, reason: 'window_shrunk' });
    if (Date.parse(now.end) < Date.parse(was.end)) errors.push({ field: `windows.${mode}.end`, reason: 'window_shrunk' });
  }
  return errors;
}

function windowFor(survey: Survey, mode: SurveyMode): { start: string; end: string } {
  return survey.windows?.[mode] ?? survey.fieldWindow;
}

/** Once in the field, a unit's target may grow but not shrink: work counted against it has been planned. */
export function quotaChangeErrors(state: SurveyState, unitNo: string, before: number, after: number): FieldError[] {
  if (state === 'archived') return [{ field: `units.${unitNo}`, reason: 'survey_archived' }];
  if (state !== 'draft' && after < before) return [{ field: `units.${unitNo}.quota`, reason: 'quota_lowered' }];
  return [];
}
