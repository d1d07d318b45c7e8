// The trust boundary for questionnaire definitions (admin edits, imports, the server's stored copy):
// refuses a malformed definition with errors that name the question and the field, never a bare zod dump.
import * as z from 'zod/mini';
import { checkDefinition, type DefinitionError } from './check-definition.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from './questionnaire.ts';

export type ParsedQuestionnaire = { ok: true; version: QuestionnaireVersion } | { ok: false; errors: DefinitionError[] };

type Path = readonly PropertyKey[];

/** Finds the question a zod path points into (sections.N.questions.M...) and the field inside it. */
function locate(input: unknown, path: Path): { question?: string; field: string } {
  const [a, section, b, question, ...rest] = path;
  if (a === 'sections' && b === 'questions' && typeof section === 'number' && typeof question === 'number') {
    const found = (input as { sections?: { questions?: { variable?: unknown }[] }[] })?.sections?.[section]?.questions?.[question];
    const variable = typeof found?.variable === 'string' ? found.variable : `sections.${section}.questions.${question}`;
    return { question: variable, field: rest.map(String).join('.') || 'kind' };
  }
  return { field: path.map(String).join('.') };
}

function fromZod(input: unknown, error: z.core.$ZodError): DefinitionError[] {
  return error.issues.map((issue) => ({
    ...locate(input, issue.path),
    code: 'survey.definition.invalid_field',
    params: { issue: issue.code, detail: issue.message },
  }));
}

export function parseQuestionnaire(input: unknown): ParsedQuestionnaire {
  const parsed = QuestionnaireVersionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZod(input, parsed.error) };
  const errors = checkDefinition(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, version: parsed.data };
}

/** The same checks as a zod schema, for places that compose schemas (request bodies). */
export const CheckedQuestionnaireVersionSchema = QuestionnaireVersionSchema.check(z.superRefine((version, ctx) => {
  const where = new Map<string, (string | number)[]>();
  version.sections.forEach((s, i) => s.questions.forEach((q, j) => { if (!where.has(q.variable)) where.set(q.variable, ['sections', i, 'questions', j]); }));
  for (const e of checkDefinition(version)) {
    const field = e.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const base = e.question === undefined ? [] : where.get(e.question) ?? [];
    ctx.addIssue({ code: 'custom', message: e.code, path: [...base, ...field], params: e.params });
  }
}));
