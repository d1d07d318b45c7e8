import type { exporting as vi } from '../vi/exporting.ts';

export const exporting: Record<keyof typeof vi, string> = {
};
