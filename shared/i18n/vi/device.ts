// The enumerator device: offline app, drafts on the device, storage health, home screen, updates.
export const device = {
} as const;
