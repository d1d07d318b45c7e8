// Bodies of the questionnaire routes (decision 0018): one version with its revision and the problems the engine
// finds in it, a draft's save (optimistic: it names the revision it started from), and the XLSForm import.
import * as z from 'zod/mini';
import { DefinitionErrorSchema } from '../survey/check-definition.ts';
import { QuestionnaireVersionSchema } from '../survey/questionnaire.ts';

const Revision = z.number().check(z.int(), z.gte(1));

export const CompatibilityIssueSchema = z.object({
  variable: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** One version as the office edits or reads it; `problems` are checkDefinition's, `compatibility` against the newest published version. */
export const QuestionnaireDraftSchema = z.object({
  version: QuestionnaireVersionSchema,
  revision: Revision,
  savedAt: z.nullable(z.string()),
  problems: z.array(DefinitionErrorSchema),
  compatibility: z.array(CompatibilityIssueSchema),
});
export type QuestionnaireDraft = z.infer<typeof QuestionnaireDraftSchema>;

/** A draft's whole definition, and the revision the editor loaded: a save from an older revision is refused (409 survey.draftStale). */
export const SaveDraftRequestSchema = z.object({ revision: Revision, definition: QuestionnaireVersionSchema });
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;

/** An .xlsx as the browser sends it: its bytes in base64. */
export const XlsformFileRequestSchema = z.object({ fileBase64: z.string().check(z.minLength(1), z.maxLength(4_000_000)) });

/** Where an XLSForm is refused: the sheet, the spreadsheet's row (1 = header) and column letter, and why (a dictionary code). */
export const XlsformErrorSchema = z.object({
  sheet: z.string(),
  row: z.number().check(z.int(), z.nonnegative()),
  column: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type XlsformError = z.infer<typeof XlsformErrorSchema>;

/** What an import would store: the definition read (null when the file is refused), the file's errors, the engine's problems and where each question stands. */
export const XlsformPreviewSchema = z.object({
  version: z.nullable(QuestionnaireVersionSchema),
  errors: z.array(XlsformErrorSchema),
  problems: z.array(DefinitionErrorSchema),
  /** The survey sheet's row of each question read (by variable), so a problem is shown at its row. */
  rows: z.record(z.string(), z.number()),
});
export type XlsformPreview = z.infer<typeof XlsformPreviewSchema>;
