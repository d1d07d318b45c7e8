// Quota dashboards: province, unit, share links.
export const quota = {
} as const;
