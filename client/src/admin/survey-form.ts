// The settings form's state and how it becomes SurveySettings: each mode's window typed as days (whole days in
// Asia/Ho_Chi_Minh) or as days and times, so both seed 000 windows are expressible exactly.
import type { SurveySettings } from '#shared/survey/settings.ts';
import type { SurveyMode } from '#shared/survey/survey.ts';

export type WindowDraft = { wholeDays: boolean; start: string; end: string };
export type SettingsDraft = {
  title: string; slug: string; purpose: string; modes: SurveyMode[];
  windows: Record<SurveyMode, WindowDraft>;
  minAgeYears: string; minAgeVariable: string; keepSyncedDays: string; doubleKeying: boolean; tooShortMinutes: string;
  /** Online self-completion (decision 0021): the office named on the link's first screen, the grace period. */
  officeName: string; onlineGraceMinutes: string;
};

const isWholeDays = (start: string, end: string) => /T00:00:00(\.000)?\+07:00$/.test(start) && /T23:59:59(\.999)?\+07:00$/.test(end);

export function emptyDraft(): SettingsDraft {
  return {
    title: '', slug: '', purpose: '', modes: ['direct'],
    windows: { direct: { wholeDays: true, start: '', end: '' }, online: { wholeDays: false, start: '', end: '' } },
    minAgeYears: '', minAgeVariable: '', keepSyncedDays: '', doubleKeying: false, tooShortMinutes: '',
    officeName: '', onlineGraceMinutes: '',
  };
}

export function draftOf(settings: SurveySettings): SettingsDraft {
  const draft = emptyDraft();
  const windowDraft = (mode: SurveyMode): WindowDraft => {
    const window = settings.windows[mode];
    if (!window) return draft.windows[mode];
    const whole = isWholeDays(window.start, window.end);
    return { wholeDays: whole, start: whole ? window.start.slice(0, 10) : window.start, end: whole ? window.end.slice(0, 10) : window.end };
  };
  return {
    ...draft, title: settings.title, slug: settings.slug, purpose: settings.purpose ?? '', modes: [...settings.modes],
    windows: { direct: windowDraft('direct'), online: windowDraft('online') },
    minAgeYears: settings.minAge ? String(settings.minAge.years) : '', minAgeVariable: settings.minAge?.variable ?? '',
    keepSyncedDays: settings.keepSyncedDays === undefined ? '' : String(settings.keepSyncedDays),
    doubleKeying: settings.doubleKeying ?? false,
    tooShortMinutes: settings.tooShortMinutes === undefined ? '' : String(settings.tooShortMinutes),
    officeName: settings.officeName ?? '',
    onlineGraceMinutes: settings.onlineGraceMinutes === undefined ? '' : String(settings.onlineGraceMinutes),
  };
}

/** The settings to send; the server checks them and names the field of anything wrong. */
export function settingsOf(draft: SettingsDraft): SurveySettings {
  const windows: SurveySettings['windows'] = {};
  for (const mode of draft.modes) {
    const w = draft.windows[mode];
    if (!w.start || !w.end) continue;
    windows[mode] = w.wholeDays
      ? { start: `${w.start.slice(0, 10)}T00:00:00+07:00`, end: `${w.end.slice(0, 10)}T23:59:59.999+07:00` }
      : { start: w.start, end: w.end };
  }
  const int = (text: string) => (text.trim() === '' ? undefined : Number(text));
  const settings: SurveySettings = { title: draft.title, slug: draft.slug, modes: draft.modes, windows };
  if (draft.purpose.trim()) settings.purpose = draft.purpose;
  const years = int(draft.minAgeYears);
  if (years !== undefined && draft.minAgeVariable.trim()) settings.minAge = { years, variable: draft.minAgeVariable.trim() };
  const keep = int(draft.keepSyncedDays);
  if (keep !== undefined) settings.keepSyncedDays = keep;
  if (draft.doubleKeying) settings.doubleKeying = true;
  const short = int(draft.tooShortMinutes);
  if (short !== undefined) settings.tooShortMinutes = short;
  if (draft.officeName.trim()) settings.officeName = draft.officeName.trim();
  const grace = int(draft.onlineGraceMinutes);
  if (grace !== undefined) settings.onlineGraceMinutes = grace;
  return settings;
}
