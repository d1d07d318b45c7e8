import type { device as vi } from '../vi/device.ts';

export const device: Record<keyof typeof vi, string> = {
};
