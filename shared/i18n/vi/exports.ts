// Exports: SPSS, Excel, CSV, codebook, the export command and page.
export const exports = {
} as const;
