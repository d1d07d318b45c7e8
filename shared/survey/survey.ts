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

export const SurveySchema = z.strictObject({
  slug: SlugSchema,
  title: z.string().check(z.trim(), z.minLength(1)),
  purpose: z.optional(z.string()),
  fieldWindow: z.strictObject({ start: VietnamDateTimeSchema, end: VietnamDateTimeSchema }),
  modes: z.array(SurveyModeSchema).check(z.minLength(1)),
  units: z.array(UnitSchema),
  subQuotas: z.optional(SubQuotasSchema),
}).check(z.superRefine((survey, ctx) => {
  if (Date.parse(survey.fieldWindow.start) >= Date.parse(survey.fieldWindow.end)) {
    ctx.addIssue({ code: 'custom', path: ['fieldWindow', 'end'], message: 'window_end_before_start' });
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
