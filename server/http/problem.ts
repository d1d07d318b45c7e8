// The one place where failures become HTTP responses: coded problems as JSON, never a stack trace.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isoNow, systemClock } from '#shared/clock.ts';
import { Problem, problem } from '#shared/problems.ts';

export function problemResponse(c: Context, error: Problem): Response {
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.json(error.toBody(), error.status as 400);
}

export function onError(error: Error, c: Context): Response {
  if (error instanceof Problem) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    // Hono's own middleware (csrf, body limits) throws these; map them to our codes.
    const status = error.status;
    if (status === 403) return problemResponse(c, problem('request.forbiddenOrigin'));
    if (status === 413) return problemResponse(c, problem('request.tooLarge', { limit: '?' }));
    if (status === 400) return problemResponse(c, problem('request.malformedJson'));
  }
  console.error(`[${isoNow(systemClock)}] ${c.req.method} ${c.req.path}:`, error);
  return problemResponse(c, problem('server.internal'));
}

export function onNotFound(c: Context): Response {
  return problemResponse(c, problem('route.notFound', { path: c.req.path }));
}
