// The liveness answer (GET /api/health): the server and its database answer, with the release and the clock.
import * as z from 'zod/mini';

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  serverTime: z.iso.datetime(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
