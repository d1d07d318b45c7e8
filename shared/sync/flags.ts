// The flags that depend only on the interview and its survey (window, duration), pure so a device can show
// them too. Days are Asia/Ho_Chi_Minh days; device times are corrected by the device's measured clock offset.
import type { Interview } from '../interview/schema.ts';
import { surveyDay } from '../i18n/format.ts';
import { isInFieldWindow, windowOf, type Survey, type SurveyMode } from '../survey/survey.ts';

/** Shorter than this, an interview taken face to face is implausible (16 questions read aloud). */
export const MIN_INTERVIEW_MS = 3 * 60_000;

type Timed = Pick<Interview, 'entry' | 'paper' | 'times'> & { mode?: SurveyMode };

/** When the interview took place on the server's clock: the device's finish time plus its clock offset. */
export function correctedInstant(interview: Timed, clockOffsetMs: number): number {
  return Date.parse(interview.times.finishedAt ?? interview.times.updatedAt) + clockOffsetMs;
}

/** The interview's day (YYYY-MM-DD): the date written on a paper form, else the corrected finish time's day. */
export function interviewDay(interview: Timed, clockOffsetMs: number): string {
  return interview.paper?.interviewDate ?? surveyDay(correctedInstant(interview, clockOffsetMs));
}

/** The field window with its first and last days, worked out once per survey rather than per interview. */
export type FieldWindowDays = Pick<Survey, 'fieldWindow'> & {
  firstDay: string;
  lastDay: string;
  /** The window of each mode that has one of its own (Survey.windows), worked out the same way. */
  byMode?: Partial<Record<SurveyMode, FieldWindowDays>>;
};

function daysOf(fieldWindow: Survey['fieldWindow']): FieldWindowDays {
  return { fieldWindow, firstDay: surveyDay(fieldWindow.start), lastDay: surveyDay(fieldWindow.end) };
}

export function fieldWindowDays(survey: Pick<Survey, 'fieldWindow' | 'windows'>): FieldWindowDays {
  const days = daysOf(survey.fieldWindow);
  if (!survey.windows) return days;
  const byMode: Partial<Record<SurveyMode, FieldWindowDays>> = {};
  for (const mode of ['direct', 'online'] as const) if (survey.windows[mode]) byMode[mode] = daysOf(windowOf(survey, mode));
  return { ...days, byMode };
}

/** Inside or outside the window of the interview's mode (the whole field window when its mode has none). */
export function isOutsideWindow(days: FieldWindowDays, interview: Timed, clockOffsetMs: number): boolean {
  const window = (interview.mode && days.byMode?.[interview.mode]) || days;
  if (interview.paper) {
    // A paper form has a date, not an instant: it is inside when its day is one of the window's days.
    const day = interview.paper.interviewDate;
    return day < window.firstDay || day > window.lastDay;
  }
  return !isInFieldWindow(window, correctedInstant(interview, clockOffsetMs));
}

/** Interview mode only: a paper form's keying time says nothing about how long the interview took. */
export function isTooShort(interview: Timed, minMs = MIN_INTERVIEW_MS): boolean {
  if (interview.entry !== 'interview' || !interview.times.finishedAt) return false;
  return Date.parse(interview.times.finishedAt) - Date.parse(interview.times.startedAt) < minMs;
}

/** The survey's "too short" threshold in milliseconds (Survey.tooShortMinutes, else the default). */
export function tooShortMs(survey: Pick<Survey, 'tooShortMinutes'>): number {
  return survey.tooShortMinutes === undefined ? MIN_INTERVIEW_MS : survey.tooShortMinutes * 60_000;
}
