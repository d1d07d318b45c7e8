// The body of every refused request: `{ problem: { code, status, params } }` (codes in ../problems.ts).
import * as z from 'zod/mini';
import { MessageParamsSchema } from '../i18n/message.ts';

export const ProblemBodySchema = z.object({
  problem: z.object({
    code: z.string(),
    status: z.number().check(z.int()),
    params: z.optional(MessageParamsSchema),
  }),
});
export type ProblemBody = z.infer<typeof ProblemBodySchema>;
