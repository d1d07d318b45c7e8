// The unit number the preview pretends to be in: the unit question shows it, serials are suggested in its range.
export const PREVIEW_UNIT_NO = '01';
