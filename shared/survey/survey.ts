// A survey: its field window in Vietnam's time, the modes it runs in, and its units with their quotas
// (optionally split by the answer to one single-choice question, e.g. respondent group).
import * as z from 'zod/mini';

export const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug'));

/** Field-window instants are written in Asia/Ho_Chi_Minh with the offset spelled out, so the admin reads what they typed. */
export const VietnamDateTimeSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?\+07:00$/, 'datetime_+07:00'),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'datetime_+07:00'),
);

export const UnitKindSchema = z.enum(['ward', 'commune', 'province']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitNoSchema = z.string().check(z.regex(/^\d{2,3}$/, 'unit_no'));

export const UnitSchema = z.strictObject({
  /** The unit's number as printed, leading zero kept ("01"); it starts every paper serial of the unit. */
  no: UnitNoSchema,
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)),
  name: z.string().check(z.trim(), z.minLength(1)),
  kind: UnitKindSchema,
  quota: z.number().check(z.int(), z.nonnegative()),
});
export type Unit = z.infer<typeof UnitSchema>;

export const SurveyModeSchema = z.enum(['direct', 'online']);
export type SurveyMode = z.infer<typeof SurveyModeSchema>;

/** Targets per unit number, then per option code (as a string key, JSON-safe) of `variable`. */
export const SubQuotasSchema = z.strictObject({
  variable: z.string().check(z.minLength(1)),
  targets: z.record(z.string(), z.record(z.string().check(z.regex(/^-?\d+$/)), z.number().check(z.int(), z.nonnegative()))),
});
export type SubQuotas = z.infer<typeof SubQuotasSchema>;

export const FieldWindowSchema = z.strictObject({ start: VietnamDateTimeSchema, end: VietnamDateTimeSchema });
export type FieldWindow = z.infer<typeof FieldWindowSchema>;

/** An explicit paper serial range of one unit (0701–0745); without one a unit uses the default scheme (serial.ts). */
export const SerialRangeSchema = z.strictObject({
  first: z.string().check(z.regex(/^\d{3,10}$/)),
  last: z.string().check(z.regex(/^\d{3,10}$/)),
});
export type SerialRange = z.infer<typeof SerialRangeSchema>;

export const SurveySchema = z.strictObject({
  slug: SlugSchema,
  title: z.string().check(z.trim(), z.minLength(1)),
  purpose: z.optional(z.string()),
  /** Every mode's window together (the earliest start to the latest end); a mode without its own window uses it. */
  fieldWindow: FieldWindowSchema,
  /** A window per mode (seed 000: online 07:30 12/8 – 16:30 17/8, direct the whole days 12/8–17/8). */
  windows: z.optional(z.strictObject({ direct: z.optional(FieldWindowSchema), online: z.optional(FieldWindowSchema) })),
  modes: z.array(SurveyModeSchema).check(z.minLength(1)),
  /** Respondents younger than `years` are not interviewed; `variable` is the number question carrying the age. */
  minAge: z.optional(z.strictObject({ years: z.number().check(z.int(), z.gte(0), z.lte(120)), variable: z.string().check(z.minLength(1)) })),
  /** Days a synced interview stays on a device (absent: until the field window closes). */
  keepSyncedDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(365))),
  /** Paper forms keyed twice by different clerks (the review issue reads it). */
  doubleKeying: z.optional(z.boolean()),
  /** An interview shorter than this many minutes is flagged too_short (absent: shared/sync/flags.ts MIN_INTERVIEW_MS). */
  tooShortMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(600))),
  /** Online answers started inside the online window and sent this many minutes after it closed are still taken,
   * flagged (absent: shared/online/window.ts DEFAULT_GRACE_MINUTES). */
  onlineGraceMinutes: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1440))),
  /** The office running the survey, named to online respondents on the link's first screen. */
  officeName: z.optional(z.string().check(z.maxLength(200))),
  /** Explicit serial ranges by unit number; units not named here use the default scheme. */
  serialRanges: z.optional(z.record(UnitNoSchema, SerialRangeSchema)),
  units: z.array(UnitSchema),
  subQuotas: z.optional(SubQuotasSchema),
}).check(z.superRefine((survey, ctx) => {
  if (Date.parse(survey.fieldWindow.start) >= Date.parse(survey.fieldWindow.end)) {
    ctx.addIssue({ code: 'custom', path: ['fieldWindow', 'end'], message: 'window_end_before_start' });
  }
  for (const mode of SurveyModeSchema.options) {
    const window = survey.windows?.[mode];
    if (window && Date.parse(window.start) >= Date.parse(window.end)) {
      ctx.addIssue({ code: 'custom', path: ['windows', mode, 'end'], message: 'window_end_before_start' });
    }
  }
  for (const [unitNo, range] of Object.entries(survey.serialRanges ?? {})) {
    if (range.first.length !== range.last.length || range.first > range.last) {
      ctx.addIssue({ code: 'custom', path: ['serialRanges', unitNo], message: 'serial_range_reversed' });
    }
  }
  if (new Set(survey.modes).size !== survey.modes.length) {
    ctx.addIssue({ code: 'custom', path: ['modes'], message: 'duplicate_mode' });
  }
  const nos = new Set<string>();
  const codes = new Set<string>();
  survey.units.forEach((unit, i) => {
    if (nos.has(unit.no)) ctx.addIssue({ code: 'custom', path: ['units', i, 'no'], message: 'duplicate_unit_no' });
    if (codes.has(unit.code)) ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: 'duplicate_unit_code' });
    nos.add(unit.no);
    codes.add(unit.code);
  });
  for (const unitNo of Object.keys(survey.subQuotas?.targets ?? {})) {
    if (!nos.has(unitNo)) ctx.addIssue({ code: 'custom', path: ['subQuotas', 'targets', unitNo], message: 'unknown_unit' });
  }
}));
export type Survey = z.infer<typeof SurveySchema>;

export function totalQuota(survey: Pick<Survey, 'units'>): number {
  return survey.units.reduce((sum, unit) => sum + unit.quota, 0);
}

/** Whether an instant (epoch ms) falls inside the field window, both ends included. */
export function isInFieldWindow(survey: Pick<Survey, 'fieldWindow'>, epochMs: number): boolean {
  return epochMs >= Date.parse(survey.fieldWindow.start) && epochMs <= Date.parse(survey.fieldWindow.end);
}

/** The window of one mode: its own when the survey sets one, else the survey's whole field window. */
export function windowOf(survey: Pick<Survey, 'fieldWindow' | 'windows'>, mode: SurveyMode): FieldWindow {
  return survey.windows?.[mode] ?? survey.fieldWindow;
}
