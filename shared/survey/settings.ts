// A survey's settings as the office edits them: everything of the Survey but its units and sub-quotas. The
// field window is worked out from the windows of the modes, so a mode's window is what the admin typed.
import * as z from 'zod/mini';
import {
  FieldWindowSchema, SerialRangeSchema, SlugSchema, SurveyModeSchema, UnitNoSchema, type FieldWindow, type Survey,
  type SurveyMode,
} from './survey.ts';

export { suggestSlug } from './slug.ts';

export const SurveySettingsSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  slug: SlugSchema.check(z.maxLength(60)),
  purpose: z.optional(z.string().check(z.maxLength(2000))),
  modes: z.array(SurveyModeSchema).check(z.minLength(1)),
  /** One window per mode in `modes`. */
  windows: z.strictObject({ direct: z.optional(FieldWindowSchema), online: z.optional(FieldWindowSchema) }),
  minAge: z.optional(z.strictObject({ years: z.number().check(z.int(), z.gte(0), z.lte(120)), variable: z.string().check(z.minLength(1)) })),
  keepSyncedDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(365))),
  doubleKeying: z.optional(z.boolean()),
  tooShortMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(600))),
  onlineGraceMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1440))),
  officeName: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  serialRanges: z.optional(z.record(UnitNoSchema, SerialRangeSchema)),
});
export type SurveySettings = z.infer<typeof SurveySettingsSchema>;

/** The whole days first–last (YYYY-MM-DD) in Asia/Ho_Chi_Minh: from 00:00 of the first to the last instant of the last. */
export function wholeDaysWindow(firstDay: string, lastDay: string): FieldWindow {
  return { start: `${firstDay}T00:00:00+07:00`, end: `${lastDay}T23:59:59.999+07:00` };
}

/** What is wrong with the windows, by field: a listed mode without its window, or a window ending before it starts. */
export function windowErrors(settings: Pick<SurveySettings, 'modes' | 'windows'>): { field: string; reason: string }[] {
  const errors: { field: string; reason: string }[] = [];
  for (const mode of settings.modes) {
    const window = settings.windows[mode];
    if (!window) errors.push({ field: `windows.${mode}`, reason: 'window_missing' });
    else if (Date.parse(window.start) >= Date.parse(window.end)) errors.push({ field: `windows.${mode}.end`, reason: 'window_end_before_start' });
  }
  return errors;
}

/** The windows of the survey's modes only, and the field window spanning them all. */
function windowsOf(settings: Pick<SurveySettings, 'modes' | 'windows'>): Pick<Survey, 'fieldWindow' | 'windows'> {
  const windows: Partial<Record<SurveyMode, FieldWindow>> = {};
  for (const mode of settings.modes) if (settings.windows[mode]) windows[mode] = settings.windows[mode];
  const all = Object.values(windows);
  const start = all.reduce((a, b) => (Date.parse(b.start) < Date.parse(a.start) ? b : a)).start;
  const end = all.reduce((a, b) => (Date.parse(b.end) > Date.parse(a.end) ? b : a)).end;
  // One mode: its window is the field window, which every reader knows; `windows` only when modes differ.
  return all.length > 1 ? { fieldWindow: { start, end }, windows } : { fieldWindow: { start, end } };
}

/** The settings' fields other than windows, each only when set (a strict schema refuses undefined keys). */
function plainFields(from: SurveySettings | Survey): Omit<SurveySettings, 'windows'> {
  const out: Omit<SurveySettings, 'windows'> = { title: from.title, slug: from.slug, modes: from.modes };
  if (from.purpose !== undefined) out.purpose = from.purpose;
  if (from.minAge !== undefined) out.minAge = from.minAge;
  if (from.keepSyncedDays !== undefined) out.keepSyncedDays = from.keepSyncedDays;
  if (from.doubleKeying !== undefined) out.doubleKeying = from.doubleKeying;
  if (from.tooShortMinutes !== undefined) out.tooShortMinutes = from.tooShortMinutes;
  if (from.serialRanges !== undefined) out.serialRanges = from.serialRanges;
  if (from.onlineGraceMinutes !== undefined) out.onlineGraceMinutes = from.onlineGraceMinutes;
  if (from.officeName !== undefined) out.officeName = from.officeName;
  return out;
}

/** The survey with these settings (its units and sub-quotas kept). Call windowErrors first. */
export function applySettings(survey: Pick<Survey, 'units' | 'subQuotas'>, settings: SurveySettings): Survey {
  return {
    ...plainFields(settings), ...windowsOf(settings), units: survey.units,
    ...(survey.subQuotas ? { subQuotas: survey.subQuotas } : {}),
  };
}

/** The settings of a stored survey, as the form shows them (a mode without its own window shows the field window). */
export function settingsOf(survey: Survey): SurveySettings {
  const windows: SurveySettings['windows'] = {};
  for (const mode of survey.modes) windows[mode] = survey.windows?.[mode] ?? survey.fieldWindow;
  return { ...plainFields(survey), windows };
}
