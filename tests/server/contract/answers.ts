// Holds an answer to what the registry promises: the status, the content type, and a JSON body that its schema
// accepts with nothing left over (a field the schema does not name is drift too). Returns the faults, so a test can
// show that a shape the schema refuses is caught.
import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import { ProblemBodySchema } from '#shared/api/problem.ts';
import type { Answer } from '#shared/api/registry.ts';

type Read = { faults: string[]; body: unknown };

/** The faults of a JSON body against a schema: refused, or carrying what the schema does not name. */
export function bodyFaults(schema: z.ZodMiniType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code} ${issue.message}`);
  return isDeepStrictEqual(parsed.data, body) ? [] : ['the body carries fields its schema does not name (or values it would change)'];
}

async function readJsonBody(response: Response, schema: z.ZodMiniType): Promise<Read> {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/json\b/.test(type)) return { faults: [`content type ${type || '(none)'}, not JSON`], body: undefined };
  let body: unknown;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    return { faults: ['the body is not JSON'], body: undefined };
  }
  return { faults: bodyFaults(schema, body), body };
}

/** A refusal: a ProblemBody whose status is the response's, of the expected status and (when given) code. */
export async function refusalFaults(response: Response, status: number, code?: string | readonly string[]): Promise<string[]> {
  const codes = code === undefined ? undefined : typeof code === 'string' ? [code] : code;
  const faults = response.status === status ? [] : [`status ${response.status}, expected ${status}`];
  const read = await readJsonBody(response, ProblemBodySchema);
  faults.push(...read.faults);
  const problem = (read.body as { problem?: { code?: unknown; status?: unknown } } | undefined)?.problem;
  if (read.faults.length === 0 && problem?.status !== response.status) faults.push(`problem.status ${String(problem?.status)} ≠ ${response.status}`);
  if (codes && read.faults.length === 0 && !codes.includes(String(problem?.code))) {
    faults.push(`problem ${String(problem?.code)}, expected ${codes.join(' or ')}`);
  }
  return faults;
}

/** A success as the registry describes it (for a fence: its refusal). */
export async function answerFaults(answer: Answer, response: Response): Promise<string[]> {
  if ('refuses' in answer) return refusalFaults(response, answer.status, answer.refuses);
  const faults = response.status === answer.status ? [] : [`status ${response.status}, expected ${answer.status}: ${await response.clone().text()}`];
  if ('json' in answer) return [...faults, ...(await readJsonBody(response, answer.json)).faults];
  if ('file' in answer) {
    const type = response.headers.get('content-type') ?? '';
    if (!answer.file.some((allowed) => type.startsWith(allowed))) faults.push(`content type ${type || '(none)'}, not one of ${answer.file.join(', ')}`);
    if (!/^attachment;/.test(response.headers.get('content-disposition') ?? '')) faults.push('no attachment Content-Disposition');
    if ((await response.arrayBuffer()).byteLength === 0) faults.push('an empty file');
    return faults;
  }
  if ((await response.text()) !== '') faults.push('a body on a no-content answer');
  return faults;
}
