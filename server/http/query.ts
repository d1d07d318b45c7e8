// Reads a request's query parameters through a shared zod schema; anything else is `400 request.invalid`.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { problem } from '#shared/problems.ts';

export function readQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw problem('request.invalid', { path: first?.path.join('.') || '(query)', issue: first?.code ?? 'invalid' });
}
