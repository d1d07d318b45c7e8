// The extension records (type 7) a Phiếu system file carries, in ascending subtype as the format requires:
// 3 machine integers (code page 65001), 4 machine floats, 7 multiple-response sets, 11 measurement levels,
// 13 long names, 14 very long strings, 20 encoding "UTF-8", 21 long-string value labels, 22 long-string
// missing values; then the dictionary termination record (999). PSPP manual, appendix B.6–B.19.
import { VALUE_LABEL_BYTES, spssLabel } from '#shared/exporting/labels.ts';
import { byteWriter, utf8, type ByteWriter } from './byte-writer.ts';
import type { LaidOutVariable, SavDictionary } from './dictionary.ts';

const MEASURES = { nominal: 1, ordinal: 2, scale: 3 } as const;

function extension(w: ByteWriter, subtype: number, size: number, body: (b: ByteWriter) => void): void {
  const b = byteWriter(256);
  body(b);
  const bytes = b.view();
  w.int32(7);
  w.int32(subtype);
  w.int32(size);
  w.int32(bytes.length / size);
  w.bytes(bytes);
}

function text(w: ByteWriter, subtype: number, content: string): void {
  extension(w, subtype, 1, (b) => b.bytes(utf8(content)));
}

/** "$c8=D1 1 27 Câu 8. Ông/Bà biết … c8_1 c8_2 …": a multiple dichotomy set counting the value 1 (B.8). */
function mrsets(dict: SavDictionary, shortNames: Map<string, string>): string {
  return dict.sets.map((set) => {
    const counted = String(set.countedValue);
    const label = spssLabel(set.label, 255);
    const names = set.variables.map((name) => shortNames.get(name)!.toLowerCase()).join(' ');
    return `${set.name}=D${counted.length} ${counted} ${utf8(label).length} ${label} ${names}\n`;
  }).join('');
}

export function writeExtensionRecords(w: ByteWriter, dict: SavDictionary, laidOut: readonly LaidOutVariable[]): void {
  const shortNames = new Map(laidOut.map((l) => [l.variable.name, l.segments[0]!.shortName]));
  extension(w, 3, 4, (b) => { for (const v of [1, 0, 0, -1, 1, 1, 2, 65001]) b.int32(v); });
  extension(w, 4, 8, (b) => {
    b.flt64(-Number.MAX_VALUE); // SYSMIS
    b.flt64(Number.MAX_VALUE); // HIGHEST
    b.bytes(Uint8Array.of(0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xef, 0xff)); // LOWEST, as SPSS before 21 wrote it
  });
  if (dict.sets.length) text(w, 7, mrsets(dict, shortNames));
  extension(w, 11, 4, (b) => {
    // One entry per segment: very long strings count each of their segments (as PSPP writes them).
    for (const { variable, segments } of laidOut) {
      for (const _segment of segments) {
        b.int32(MEASURES[variable.measure]);
        b.int32(variable.displayWidth);
        b.int32(variable.width === 0 ? 1 : 0); // numbers right-aligned, text left
      }
    }
  });
  text(w, 13, laidOut.map((l) => `${l.segments[0]!.shortName}=${l.variable.name}`).join('\t'));
  const veryLong = laidOut.filter((l) => l.segments.length > 1);
  if (veryLong.length) {
    text(w, 14, veryLong.map((l) => `${l.segments[0]!.shortName}=${String(l.variable.width).padStart(5, '0')}\0\t`).join(''));
  }
  text(w, 20, 'UTF-8');

  const longStrings = laidOut.filter((l) => l.variable.width > 8);
  const labelled = longStrings.filter((l) => l.variable.valueLabels.length);
  if (labelled.length) {
    extension(w, 21, 1, (b) => {
      for (const { variable } of labelled) {
        const name = utf8(variable.name);
        b.int32(name.length); b.bytes(name);
        b.int32(variable.width);
        b.int32(variable.valueLabels.length);
        for (const { value, label } of variable.valueLabels) {
          b.int32(variable.width); b.padded(utf8(String(value)), variable.width);
          const bytes = utf8(spssLabel(label, VALUE_LABEL_BYTES));
          b.int32(bytes.length); b.bytes(bytes);
        }
      }
    });
  }
  const withMissing = longStrings.filter((l) => l.variable.missing.length);
  if (withMissing.length) {
    extension(w, 22, 1, (b) => {
      for (const { variable } of withMissing) {
        const name = utf8(variable.name);
        b.int32(name.length); b.bytes(name);
        b.bytes(Uint8Array.of(Math.min(3, variable.missing.length)));
        for (const value of variable.missing.slice(0, 3)) { b.int32(8); b.padded(utf8(String(value)), 8); }
      }
    });
  }
  w.int32(999);
  w.int32(0);
}
