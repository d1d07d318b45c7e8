import type { exports as vi } from '../vi/exports.ts';

export const exports: Record<keyof typeof vi, string> = {
};
