// The page and type of both layouts: A4, Times New Roman 14 pt (tables 13, notes 12), and the margins both rules
// allow (Hướng dẫn 36-HD/VPTW and Decree 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IRunOptions } from 'docx';

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
export const A4 = { width: mm(210), height: mm(297) };
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const MARGINS = { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right) };
/** The width between the margins, in twips. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const FONT = 'Times New Roman';
/** Half-points, as Word counts them. */
export const SIZE = { body: 28, table: 26, note: 24, small: 22, title: 32 } as const;

type Run = Omit<IRunOptions, 'text'>;
/** A run that keeps the font on every script (Vietnamese letters are not "ASCII" to Word). */
export const run = (text: string, options: Run = {}): TextRun => new TextRun({
  text, font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: SIZE.body, ...options,
});

/** Newlines in a label become line breaks, so a label typed on two lines stays on two. */
export function runs(text: string, options: Run = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => run(line, { ...options, break: i > 0 ? 1 : undefined }));
}

export function body(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { before: 60, after: 60, line: 312, lineRule: LineRuleType.AUTO }, children: runs(text) });
}

export function centred(text: string, options: Run = {}, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: runs(text, options) });
}
