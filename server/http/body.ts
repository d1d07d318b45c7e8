// Reads a JSON request body and validates it with a shared zod schema; anything else is a coded 4xx.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { problem } from '#shared/problems.ts';

export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw problem('request.unsupportedMediaType');
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw problem('request.malformedJson');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw problem('request.invalid', {
      path: first?.path.join('.') || '(body)',
      // zod's issue code ("too_small", "invalid_type"): language-neutral, the client words it.
      issue: first?.code ?? 'invalid',
    });
  }
  return parsed.data;
}
