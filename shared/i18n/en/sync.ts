import type { sync as vi } from '../vi/sync.ts';

export const sync: Record<keyof typeof vi, string> = {
};
