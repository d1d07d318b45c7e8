// Units import: encodings and delimiters Excel produces, Vietnamese headers, and every bad row reported by line.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/units/decode-text.ts';
import { parseUnitRows, parseUnitsCsv } from '../../../shared/units/parse-units.ts';

const HEADER = 'no,code,name,kind,quota';
const GOOD = [HEADER, '01,HY-PH01,Đảng bộ phường Phố Hiến,ward,45', '21,HY-CQD,Đảng ủy các cơ quan Đảng tỉnh,province,50'];
const utf8 = (text: string) => new TextEncoder().encode(text);
const EXPECTED = [
  { no: '01', code: 'HY-PH01', name: 'Đảng bộ phường Phố Hiến', kind: 'ward', quota: 45 },
  { no: '21', code: 'HY-CQD', name: 'Đảng ủy các cơ quan Đảng tỉnh', kind: 'province', quota: 50 },
];

/** Encodes text as Excel on Vietnamese Windows does: windows-1258, tone marks as separate combining bytes. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (byteOf.has(ch)) { out.push(byteOf.get(ch)!); continue; }
    const nfd = ch.normalize('NFD');
    const base = nfd.replace(tones, '').normalize('NFC');
    const marks = nfd.match(tones) ?? [];
    if (!byteOf.has(base)) throw new Error(`not in windows-1258: ${ch}`);
    out.push(byteOf.get(base)!, ...marks.map((m) => byteOf.get(m)!));
  }
  return new Uint8Array(out);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('parseUnitsCsv: encodings and delimiters', () => {
  it('reads plain UTF-8 with a comma', () => {
    expect(parseUnitsCsv(utf8(GOOD.join('\n')))).toEqual({ ok: true, units: EXPECTED });
  });
  it('reads UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GOOD.join('\r\n') + '\r\n')]);
    expect(decodeText(bytes).encoding).toBe('utf-8');
    expect(parseUnitsCsv(bytes)).toEqual({ ok: true, units: EXPECTED });
  });
  it('reads a semicolon-delimited file (Excel with a comma as decimal separator)', () => {
    expect(parseUnitsCsv(utf8(GOOD.map((l) => l.replaceAll(',', ';')).join('\n')))).toEqual({ ok: true, units: EXPECTED });
    // Commas inside names do not fool the detection.
    const result = parseUnitsCsv(utf8('no;code;name;kind;quota\n05;HY-PH05;Phường A, B;ward;45\n06;HY-PH06;Phường C, D;ward;45'));
    expect(result.ok && result.units.map((u) => u.name)).toEqual(['Phường A, B', 'Phường C, D']);
  });
  it('reads a tab-delimited UTF-16LE file ("Unicode text") and UTF-16BE', () => {
    const tsv = GOOD.map((l) => l.replaceAll(',', '\t')).join('\r\n');
    expect(decodeText(utf16(tsv, false)).encoding).toBe('utf-16le');
    expect(parseUnitsCsv(utf16(tsv, false))).toEqual({ ok: true, units: EXPECTED });
    expect(parseUnitsCsv(utf16(tsv, true))).toEqual({ ok: true, units: EXPECTED });
  });
  it('reads windows-1258 bytes with Vietnamese headers, and returns NFC text', () => {
    const text = ['STT;Mã;Tên đơn vị;Loại;Chỉ tiêu', '01;HY-PH01;Đảng bộ phường Phố Hiến;phường;45',
      '21;HY-CQD;Đảng ủy các cơ quan Đảng tỉnh;tỉnh;50'].join('\r\n');
    const bytes = windows1258(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1258' });
    expect(parseUnitsCsv(bytes)).toEqual({ ok: true, units: EXPECTED });
  });
  it('quotes a name holding the delimiter', () => {
    const result = parseUnitsCsv(utf8(`${HEADER}\n05,HY-PH05,"Phường A, B",ward,45\n`));
    expect(result.ok && result.units[0]?.name).toBe('Phường A, B');
  });
});

describe('parseUnitsCsv: bad files', () => {
  const errors = (lines: string[]) => {
    const result = parseUnitsCsv(utf8(lines.join('\n')));
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.code]);
  };
  it('names a missing column on the header line', () => {
    expect(errors(['no,code,name,kind', '01,HY-PH01,A,ward'])).toEqual([[1, 'quota', 'survey.units.missing_column']]);
  });
  it('refuses quotas "abc", "-5" and "4.5" on their lines', () => {
    expect(errors([HEADER, '01,A,A,ward,45', '02,B,B,ward,abc', '03,C,C,ward,-5', '04,D,D,ward,4.5'])).toEqual([
      [3, 'quota', 'survey.units.quota_not_number'],
      [4, 'quota', 'survey.units.quota_negative'],
      [5, 'quota', 'survey.units.quota_not_integer'],
    ]);
  });
  it('refuses a duplicate code and a duplicate number, naming the first line', () => {
    const result = parseUnitsCsv(utf8([HEADER, '01,HY-PH01,A,ward,45', '02,HY-PH01,B,ward,45', '', '01,HY-PH03,C,ward,45'].join('\n')));
    expect(result).toEqual({ ok: false, errors: [
      { line: 3, column: 'code', code: 'survey.units.duplicate_code', params: { value: 'HY-PH01', firstLine: 2, line: 3, column: 'code' } },
      { line: 5, column: 'no', code: 'survey.units.duplicate_no', params: { value: '01', firstLine: 2, line: 5, column: 'no' } },
    ] });
  });
  it('refuses unknown kinds, empty cells and malformed numbers', () => {
    expect(errors([HEADER, '01,A,A,district,45', '02,B,,ward,45', '1a,C,C,ward,45'])).toEqual([
      [2, 'kind', 'survey.units.unknown_kind'],
      [3, 'name', 'survey.units.missing_value'],
      [4, 'no', 'survey.units.invalid_no'],
    ]);
  });
  it('imports nothing when one row is bad', () => {
    const result = parseUnitsCsv(utf8([...GOOD, '03,X,X,ward,-1'].join('\n')));
    expect(result).not.toHaveProperty('units');
  });
  it('refuses an empty file and a header without units', () => {
    expect(errors([''])).toEqual([[1, undefined, 'survey.units.empty']]);
    expect(errors([HEADER])).toEqual([[1, undefined, 'survey.units.no_units']]);
  });
});

describe('parseUnitRows (spreadsheet rows)', () => {
  it('takes numbers as Excel gives them and restores the leading zero', () => {
    const rows = [['Số TT', 'Mã đơn vị', 'Tên', 'Loại', 'Chỉ tiêu'], [7, 'HY-PH07', 'Đảng bộ phường Thái Bình', 'ward', 45],
      [null, null, null, null, null], [21, 'HY-CQD', 'Đảng ủy các cơ quan Đảng tỉnh', 'province', 50]];
    expect(parseUnitRows(rows)).toEqual({ ok: true, units: [
      { no: '07', code: 'HY-PH07', name: 'Đảng bộ phường Thái Bình', kind: 'ward', quota: 45 },
      { no: '21', code: 'HY-CQD', name: 'Đảng ủy các cơ quan Đảng tỉnh', kind: 'province', quota: 50 },
    ] });
  });
  it('reports lines counted from the first row, blank leading rows included', () => {
    const rows = [[], ['no', 'code', 'name', 'kind', 'quota'], ['01', 'A', 'A', 'ward', -5]];
    expect(parseUnitRows(rows)).toMatchObject({ ok: false, errors: [{ line: 3, code: 'survey.units.quota_negative' }] });
  });
});
