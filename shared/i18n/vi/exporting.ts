// Exports: SPSS, Excel, CSV, codebook, the export command and page.
export const exporting = {
} as const;
