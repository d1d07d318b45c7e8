// An XLSForm workbook as plain rows: each sheet's header (lower-cased column names, with their letters) and its
// non-empty rows by spreadsheet row number, every cell as trimmed text. Reading the .xlsx is exceljs's job; what
// the rows mean is import-xlsform.ts's.
import ExcelJS from 'exceljs';

export type SheetRow = { row: number; cells: Map<string, string> };
export type Sheet = { name: string; columns: Map<string, string>; rows: SheetRow[] };
export type Workbook = Map<string, Sheet>;

/** "A" for 1, "AA" for 27: the letter a spreadsheet shows above the column. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const columns = new Map<string, string>();
  const indexes: [number, string][] = [];
  worksheet.getRow(1).eachCell((cell, index) => {
    const header = cell.text.trim().toLowerCase();
    if (header && !columns.has(header)) { columns.set(header, columnLetter(index)); indexes.push([index, header]); }
  });
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = new Map<string, string>();
    for (const [index, header] of indexes) {
      const text = row.getCell(index).text.trim();
      if (text) cells.set(header, text);
    }
    if (cells.size > 0) rows.push({ row: number, cells });
  });
  return { name: worksheet.name, columns, rows };
}

/** The workbook's sheets by lower-cased name, or null when the bytes are not an .xlsx exceljs can open. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  }
  const sheets: Workbook = new Map();
  workbook.eachSheet((worksheet) => { sheets.set(worksheet.name.trim().toLowerCase(), readSheet(worksheet)); });
  return sheets;
}
