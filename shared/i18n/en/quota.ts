import type { quota as vi } from '../vi/quota.ts';

export const quota: Record<keyof typeof vi, string> = {
};
