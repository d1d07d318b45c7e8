// Engine, server and client speak in message codes with parameters, never in sentences;
// only the client (or a CLI) turns them into words with the active dictionary.
import * as z from 'zod/mini';
import { LANGUAGES } from './languages.ts';

export const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParamsSchema>;

export const MessageSchema = z.object({
  code: z.string(),
  params: z.optional(MessageParamsSchema),
});
export type Message = z.infer<typeof MessageSchema>;

export const LanguageSchema = z.enum(LANGUAGES);
