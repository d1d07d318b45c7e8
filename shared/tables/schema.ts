// The shapes of the results' tables (issue 21), as the API answers them and the pages and the .xlsx read them.
// Percentages are 0–100, unrounded (the reader rounds); a percentage of nothing is 0. Category keys are text:
// an option's code ("3"), a unit's number ("07"), a band ("18-30"), a missing code ("-1") or "system".
import * as z from 'zod/mini';
import { TextCodeSchema } from '../coding/schema.ts';

const Count = z.number().check(z.int(), z.nonnegative());
const Num = z.number();

export const CategorySchema = z.object({ key: z.string(), label: z.string() });
export type Category = z.infer<typeof CategorySchema>;

/** Declared missing codes (-1 skipped, -2 blank, -3 illegible) and "system" (no value at all), counted apart. */
export const MissingRowSchema = z.object({ key: z.string(), label: z.string(), count: Count, percent: Num });
export type MissingRow = z.infer<typeof MissingRowSchema>;

export const FrequencyRowSchema = z.object({
  key: z.string(), label: z.string(), count: Count, percent: Num, validPercent: Num, cumulativePercent: Num,
});
export type FrequencyRow = z.infer<typeof FrequencyRowSchema>;

const head = { variable: z.string(), title: z.string(), total: Count };

/** SPSS FREQUENCIES: a single choice, the unit question, or a number in its bands. */
export const FrequencyTableSchema = z.object({
  ...head, kind: z.literal('frequency'), valid: Count, rows: z.array(FrequencyRowSchema), missing: z.array(MissingRowSchema),
  /** Banded numbers only: values below the first band or above the last (never counted as valid). */
  outside: z.optional(Count),
});
export type FrequencyTable = z.infer<typeof FrequencyTableSchema>;

/** SPSS multiple-response (dichotomies): % of responses and % of cases, cases being those who chose something. */
export const MultipleTableSchema = z.object({
  ...head, kind: z.literal('multiple'), cases: Count, responses: Count, missing: z.array(MissingRowSchema),
  rows: z.array(z.object({ key: z.string(), label: z.string(), count: Count, percentOfResponses: Num, percentOfCases: Num })),
});
export type MultipleTable = z.infer<typeof MultipleTableSchema>;

/** A grid as one table: one line per row variable on the shared scale, each with its own valid count and %. */
export const GridTableSchema = z.object({
  ...head, kind: z.literal('grid'), scale: z.array(CategorySchema),
  rows: z.array(z.object({
    variable: z.string(), label: z.string(), valid: Count, counts: z.array(Count), validPercents: z.array(Num),
    missing: z.array(MissingRowSchema),
  })),
});
export type GridTable = z.infer<typeof GridTableSchema>;

export const NumberTableSchema = z.object({
  ...head, kind: z.literal('number'), n: Count, missing: z.array(MissingRowSchema),
  /** null when no valid value; sd is the sample's (n − 1), null below two values, as SPSS prints it. */
  mean: z.nullable(Num), median: z.nullable(Num), sd: z.nullable(Num), min: z.nullable(Num), max: z.nullable(Num),
  bands: z.nullable(FrequencyTableSchema),
});
export type NumberTable = z.infer<typeof NumberTableSchema>;

/** Open text and dates: how many answered (the texts themselves are listed elsewhere). */
export const OpenTableSchema = z.object({ ...head, kind: z.literal('open'), answered: Count, missing: z.array(MissingRowSchema) });
export type OpenTable = z.infer<typeof OpenTableSchema>;

export const ResultTableSchema = z.discriminatedUnion('kind', [
  FrequencyTableSchema, MultipleTableSchema, GridTableSchema, NumberTableSchema, OpenTableSchema,
]);
export type ResultTable = z.infer<typeof ResultTableSchema>;

export const ChiSquareSchema = z.object({ statistic: Num, df: Count, p: Num });
/** SPSS's footnote: cells (of the non-empty rows and columns) whose expected count is below 5. */
export const LowExpectedSchema = z.object({ cells: Count, percent: Num, minimum: Num, warning: z.boolean() });

export const CrosstabSchema = z.object({
  kind: z.literal('crosstab'),
  row: z.object({ variable: z.string(), title: z.string() }),
  column: z.object({ variable: z.string(), title: z.string() }),
  rows: z.array(CategorySchema),
  columns: z.array(CategorySchema),
  /** counts[r][c]; rowTotals/columnTotals/total count cases (a multiple choice's rows count responses). */
  counts: z.array(z.array(Count)),
  rowTotals: z.array(Count),
  columnTotals: z.array(Count),
  total: Count,
  rowPercents: z.array(z.array(Num)),
  columnPercents: z.array(z.array(Num)),
  totalPercents: z.array(z.array(Num)),
  /** Interviews left out because either side has no valid answer. */
  missingCases: Count,
  /** Pearson's, over non-empty rows and columns; null for a multiple choice or when a side has one category. */
  chiSquare: z.nullable(ChiSquareSchema),
  lowExpected: z.nullable(LowExpectedSchema),
});
export type Crosstab = z.infer<typeof CrosstabSchema>;

export const ResultsResponseSchema = z.object({
  survey: z.string(), total: Count, tables: z.array(ResultTableSchema),
  /** The variables holding free texts (open questions and "other – specify"), which the texts route lists and codes. */
  texts: z.optional(z.array(z.object({ variable: z.string(), title: z.string() }))),
});
export type ResultsResponse = z.infer<typeof ResultsResponseSchema>;
export const CrosstabResponseSchema = z.object({ survey: z.string(), crosstab: CrosstabSchema });
export type CrosstabResponse = z.infer<typeof CrosstabResponseSchema>;

/** The free texts of one variable, grouped for reading and coding (shared/coding/group-texts.ts). */
export const TextsResponseSchema = z.object({
  survey: z.string(), variable: z.string(), title: z.string(),
  /** Interviews with a text in this variable (under the filters), before any search. */
  answered: Count,
  /** The codes a group may be given: the question's options, then those the coders added. */
  codes: z.array(TextCodeSchema),
  groups: z.array(z.object({
    key: z.string(), label: z.string(), count: Count, variants: z.array(z.object({ text: z.string(), count: Count })),
    /** The one code all its variants carry; null when none is coded or they differ. */
    code: z.nullable(Count),
  })),
});
export type TextsResponse = z.infer<typeof TextsResponseSchema>;

/** Whether the survey's unit boards may see their own unit's results (off by default). */
export const UnitBoardsSettingSchema = z.strictObject({ visible: z.boolean() });
export type UnitBoardsSetting = z.infer<typeof UnitBoardsSettingSchema>;
