// The document's heading and signature blocks. Party layout (Hướng dẫn 36-HD/VPTW): the issuing body top left
// with its "*" and "Số …-BC/…", "ĐẢNG CỘNG SẢN VIỆT NAM" top right over the place and date. State layout (Decree
// 30/2020/NĐ-CP): the national title and motto top right, "Số: …" under the body. Both: "BÁO CÁO" and the subject
// centred, then at the end "Nơi nhận" at the left and the signatory at the right. Drawn as borderless tables.
import {
  AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, UnderlineType, WidthType, type FileChild,
} from 'docx';
import type { ReportFields } from '#shared/report/request.ts';
import type { Say } from '#shared/report/sentences.ts';
import { centred, run, runs, SIZE, TEXT_WIDTH } from './docx-style.ts';

type Fields = ReportFields & { title: string; issuer: string };

/** "ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 written with a zero, as both rules ask. */
export function placeDate(say: Say, place: string, isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return say('report.placeDate', {
    place: place || say('report.placeBlank'), day: String(day).padStart(2, '0'), month: month < 3 ? `0${month}` : String(month), year: String(year),
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], split = 0.5): Table {
  const widths = [Math.round(TEXT_WIDTH * split), TEXT_WIDTH - Math.round(TEXT_WIDTH * split)];
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, widths[0]!), cell(right, widths[1]!)] })],
  });
}

export function headingBlock(fields: Fields, say: Say, isoDay: string): FileChild[] {
  const party = fields.layout === 'party';
  const number = say(party ? 'report.number.party' : 'report.number.state', { number: fields.number || say('report.number.blank') });
  const left = [
    ...(fields.parent ? [centred(fields.parent.toUpperCase(), { size: SIZE.table })] : []),
    centred(fields.issuer.toUpperCase(), { bold: true, size: SIZE.table }),
    centred(party ? '*' : '________', { bold: !party }),
    centred(number, { size: party ? SIZE.body : SIZE.table }, { before: 60 }),
  ];
  const date = centred(placeDate(say, fields.place, isoDay), { italics: true }, { before: 120 });
  const right = party
    ? [centred(say('report.party'), { bold: true, size: 30, underline: { type: UnderlineType.SINGLE } }), date]
    // Decree 30 sets the national title in 12–13 pt: 12 keeps it on one line beside the body's name.
    : [centred(say('report.nation'), { bold: true, size: SIZE.note }), centred(say('report.motto'), { bold: true, underline: { type: UnderlineType.SINGLE } }), date];
  return [
    twoColumns(left, right, party ? 0.5 : 0.4),
    centred(say('report.kind'), { bold: true, size: SIZE.title }, { before: 360 }),
    centred(fields.title, { bold: true }, { after: 60 }),
    centred(party ? '-----' : '', {}, { after: 240 }),
  ];
}

export function signatureBlock(fields: ReportFields, say: Say): FileChild[] {
  const party = fields.layout === 'party';
  const recipients = fields.recipients.length ? fields.recipients : say('report.default.recipients').split('\n');
  const signerTitle = fields.signerTitle || say(party ? 'report.default.signerTitle.party' : 'report.default.signerTitle.state');
  const left = [
    new Paragraph({ children: [run(say('report.recipients'), party ? { underline: { type: UnderlineType.SINGLE }, size: SIZE.body } : { bold: true, italics: true, size: SIZE.note })] }),
    ...recipients.map((line) => new Paragraph({ children: runs(line, { size: party ? SIZE.note : SIZE.small }) })),
  ];
  const right = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs(signerTitle.replace(/\\n/g, '\n'), { bold: true }) }),
    new Paragraph({ spacing: { before: 1400 }, alignment: AlignmentType.CENTER, children: runs(fields.signer || ' ', { bold: true }) }),
  ];
  return [new Paragraph({ spacing: { before: 240 }, children: [] }), twoColumns(left, right)];
}
