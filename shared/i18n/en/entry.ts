import type { entry as vi } from '../vi/entry.ts';

export const entry: Record<keyof typeof vi, string> = {
};
