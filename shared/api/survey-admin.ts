// Bodies of the office's survey setup routes (/api/admin/surveys): the list, one survey's setup, settings,
// units with their preview, sub-quotas, questionnaire versions, the lifecycle actions and survey managers.
import * as z from 'zod/mini';
import { QuestionnaireVersionSchema } from '../survey/questionnaire.ts';
import { SurveySettingsSchema } from '../survey/settings.ts';
import { SURVEY_STATES } from '../survey/survey-state.ts';
import { FieldWindowSchema, SlugSchema, SubQuotasSchema, SurveySchema, UnitSchema } from '../survey/survey.ts';

const Count = z.number().check(z.int(), z.nonnegative());
export const SurveyStateSchema = z.enum(SURVEY_STATES);

export const AdminSurveyRowSchema = z.object({
  slug: z.string(),
  title: z.string(),
  state: SurveyStateSchema,
  modes: z.array(z.string()),
  windows: z.object({ direct: z.optional(FieldWindowSchema), online: z.optional(FieldWindowSchema) }),
  unitCount: Count,
  quotaTotal: Count,
  received: Count,
});
export type AdminSurveyRow = z.infer<typeof AdminSurveyRowSchema>;
export const AdminSurveyListSchema = z.object({ surveys: z.array(AdminSurveyRowSchema) });
export type AdminSurveyList = z.infer<typeof AdminSurveyListSchema>;

export const VersionSummarySchema = z.object({ version: z.number(), status: z.string(), title: z.string(), publishedAt: z.nullable(z.string()) });

export const AdminSurveySchema = z.object({
  survey: SurveySchema,
  state: SurveyStateSchema,
  settings: SurveySettingsSchema,
  /** Interviews held per unit number: a unit with any cannot be removed or renumbered. */
  interviewsByUnit: z.record(z.string(), Count),
  received: Count,
  versions: z.array(VersionSummarySchema),
  answersDisposal: z.nullable(z.string()),
  /** Every other admin account, and whether it manages this survey (a full admin manages none in particular). */
  managers: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string(), manages: z.boolean() })),
});
export type AdminSurvey = z.infer<typeof AdminSurveySchema>;

export const CreateSurveyRequestSchema = SurveySettingsSchema;
export type CreateSurveyRequest = z.input<typeof CreateSurveyRequestSchema>;

/** A units file as sent by the browser: its bytes in base64 (CSV in any encoding, or .xlsx). */
export const UnitsFileRequestSchema = z.object({ fileBase64: z.string().check(z.minLength(1), z.maxLength(2_000_000)) });
export const UnitChangeSchema = z.object({ no: z.string(), before: z.nullable(UnitSchema), after: z.nullable(UnitSchema) });
export const UnitsPreviewSchema = z.object({
  added: z.array(UnitSchema),
  changed: z.array(UnitChangeSchema),
  removed: z.array(UnitSchema),
  unchanged: Count,
  /** The list to send to PUT-like `POST …/units` to apply exactly this preview. */
  units: z.array(UnitSchema),
});
export type UnitsPreview = z.infer<typeof UnitsPreviewSchema>;

/** The whole list of units as it should be after the change (edit in place or an applied preview). */
export const ReplaceUnitsRequestSchema = z.object({
  units: z.array(z.object({ no: z.string(), code: z.string(), name: z.string(), kind: z.string(), quota: z.number() })),
});

export const SubQuotasRequestSchema = z.object({ subQuotas: z.nullable(SubQuotasSchema) });

export const TemplateListSchema = z.object({
  templates: z.array(z.object({ id: z.string(), title: z.string(), questions: Count })),
});
export type TemplateList = z.infer<typeof TemplateListSchema>;

export const CopyVersionRequestSchema = z.union([
  z.object({ template: z.string() }),
  z.object({ survey: SlugSchema, version: z.number().check(z.int(), z.gte(1)) }),
]);
export const VersionResponseSchema = z.object({ version: QuestionnaireVersionSchema });

export const ArchiveRequestSchema = z.object({
  /** What to do with the answers the server holds: keep them, or (after an export) anonymise or delete them. */
  answers: z.enum(['keep', 'anonymise', 'delete']),
  /** The office confirms the export was made; required to anonymise or delete. */
  exported: z.optional(z.boolean()),
});

export const ManagersRequestSchema = z.object({ accountId: z.number().check(z.int(), z.positive()), surveys: z.array(SlugSchema) });
/** Which admin accounts manage this survey (each keeps the other surveys it manages). */
export const SurveyManagersRequestSchema = z.object({ accountIds: z.array(z.number().check(z.int(), z.positive())) });
export const ManagersResponseSchema = z.object({ accountId: z.number(), surveys: z.array(z.string()) });
