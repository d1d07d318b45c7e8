// The shape of one questionnaire version: sections of questions numbered as on paper, each with a stable
// variable name (the export column) and integer option codes (the codes keyed from paper and exported).
// This schema checks structure only; `checkDefinition` (check-definition.ts) checks the rules between fields.
import * as z from 'zod/mini';
import { ExpressionSchema } from './expression-schema.ts';

/** A valid SPSS variable name in our stricter style: lower-case letter first, then [a-z0-9_], at most 64 bytes. */
export const VariableNameSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'variable_name'));
const Label = z.string().check(z.trim(), z.minLength(1));
const Int = z.number().check(z.int());
const PositiveInt = z.number().check(z.int(), z.positive());

export const SpecifySchema = z.strictObject({
  /** The text variable that holds "other – specify" (c3_other). */
  variable: VariableNameSchema,
  maxLength: z.optional(PositiveInt),
});

export const OptionSchema = z.strictObject({
  code: Int,
  label: Label,
  /** Cannot be combined with another answer of a multiple choice ("Không có khó khăn gì"). */
  exclusive: z.optional(z.boolean()),
  /** "Khác (ghi rõ)": choosing this option opens a text box. Bound to the option, so it cannot name a missing code. */
  specify: z.optional(SpecifySchema),
});
export type Option = z.infer<typeof OptionSchema>;

const base = {
  variable: VariableNameSchema,
  /** As printed: "Câu 11". */
  paperNumber: Label,
  text: Label,
  hint: z.optional(z.string()),
  /** Every question is required unless marked optional. */
  optional: z.optional(z.boolean()),
  /** Shown (on the path) only when this holds; absent means always. */
  relevant: z.optional(ExpressionSchema),
};

export const SingleQuestionSchema = z.strictObject({ ...base, kind: z.literal('single'), options: z.array(OptionSchema) });
export const MultipleQuestionSchema = z.strictObject({
  ...base, kind: z.literal('multiple'), options: z.array(OptionSchema),
  min: z.optional(z.number().check(z.int(), z.nonnegative())),
  max: z.optional(PositiveInt),
});
export const NumberQuestionSchema = z.strictObject({
  ...base, kind: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** Whole numbers only unless set to false (ages and counts are the common case). */
  integer: z.optional(z.boolean()),
  unitLabel: z.optional(z.string()),
});
export const GridRowSchema = z.strictObject({ variable: VariableNameSchema, paperNumber: Label, text: Label });
export type GridRow = z.infer<typeof GridRowSchema>;
/** One answer per row on a shared scale; `variable` names the grid itself (c11), rows hold the answers (c11_1). */
export const GridQuestionSchema = z.strictObject({
  ...base, kind: z.literal('grid'), options: z.array(OptionSchema), rows: z.array(GridRowSchema),
});
export const TextQuestionSchema = z.strictObject({ ...base, kind: z.literal('text'), maxLength: z.optional(PositiveInt) });
const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const DateQuestionSchema = z.strictObject({
  ...base, kind: z.literal('date'), min: z.optional(IsoDateSchema), max: z.optional(IsoDateSchema),
});
export const NoteQuestionSchema = z.strictObject({ ...base, kind: z.literal('note') });
/** Bound to the interview's unit (Câu 6): pre-filled from the assignment, holds the unit's number ("07"). */
export const UnitQuestionSchema = z.strictObject({ ...base, kind: z.literal('unit') });

export const QuestionSchema = z.discriminatedUnion('kind', [
  SingleQuestionSchema, MultipleQuestionSchema, NumberQuestionSchema, GridQuestionSchema,
  TextQuestionSchema, DateQuestionSchema, NoteQuestionSchema, UnitQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type ChoiceQuestion = Extract<Question, { options: Option[] }>;

export const SectionSchema = z.strictObject({ title: Label, questions: z.array(QuestionSchema) });
export type Section = z.infer<typeof SectionSchema>;

export const QuestionnaireStatusSchema = z.enum(['draft', 'published', 'retired']);
export type QuestionnaireStatus = z.infer<typeof QuestionnaireStatusSchema>;

/** Immutable once published: interviews name the version they were taken on. */
export const QuestionnaireVersionSchema = z.strictObject({
  surveySlug: z.string().check(z.minLength(1)),
  version: z.number().check(z.int(), z.gte(1)),
  status: QuestionnaireStatusSchema,
  title: z.optional(z.string()),
  /** Printed above the title (the issuing office), below it (the request to the respondent) and at the end. */
  issuer: z.optional(z.string()),
  intro: z.optional(z.string()),
  closing: z.optional(z.string()),
  sections: z.array(SectionSchema),
});
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersionSchema>;
