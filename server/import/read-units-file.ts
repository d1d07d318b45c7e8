// Reads a units file as offices have it: a CSV in whatever encoding and delimiter Excel wrote, or the .xlsx
// itself (its first worksheet). Both go through the same shared row check, so errors name the same lines.
import ExcelJS from 'exceljs';
import { parseUnitRows, parseUnitsCsv, type UnitImport } from '#shared/units/parse-units.ts';

/** .xlsx files are zip archives: they start with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readUnitsFile(bytes: Uint8Array): Promise<UnitImport> {
  if (!isZip(bytes)) return parseUnitsCsv(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, errors: [{ line: 1, code: 'survey.units.unreadable_xlsx', params: { line: 1 } }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return parseUnitRows([]);
  const rows: string[][] = [];
  // Keep empty rows so line numbers match what the admin sees in Excel.
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  }
  return parseUnitRows(rows);
}
