// Cases in bytecode compression (PSPP manual B.20, compression 1): blocks of eight command bytes, each
// followed by the raw 8-byte values its 253 codes announce. Whole numbers from -99 to 151 take one byte,
// system-missing one byte, eight spaces one byte: an interview of codes and short texts shrinks about 8×.
import { BIAS } from './variable-records.ts';
import type { ByteWriter } from './byte-writer.ts';
import type { LaidOutVariable } from './dictionary.ts';

const RAW = 253;
const SPACES = 254;
const SYSMIS = 255;

export type SavValue = number | string | null;

function compressor(out: ByteWriter) {
  const commands = new Uint8Array(8);
  const raw = new Uint8Array(64);
  const rawView = new DataView(raw.buffer);
  let n = 0;
  let rawBytes = 0;
  const flush = () => {
    out.bytes(commands);
    out.bytes(raw.subarray(0, rawBytes));
    commands.fill(0);
    n = 0;
    rawBytes = 0;
  };
  const command = (code: number) => {
    commands[n++] = code;
    if (n === 8) flush();
  };
  return {
    number(value: number | null) {
      if (value === null || Number.isNaN(value)) return command(SYSMIS);
      if (Number.isInteger(value) && value >= 1 - BIAS && value <= 251 - BIAS && !Object.is(value, -0)) return command(value + BIAS);
      rawView.setFloat64(rawBytes, value, true);
      rawBytes += 8;
      command(RAW);
    },
    /** Eight bytes of a string that are all spaces. */
    spaces: () => command(SPACES),
    /** Eight bytes of a string, from `bytes` at `at` (written raw even if they happen to be spaces: still exact). */
    chunk(bytes: Uint8Array, at: number) {
      raw.set(bytes.subarray(at, at + 8), rawBytes);
      rawBytes += 8;
      command(RAW);
    },
    /** Pads the last block with 0 (ignored) commands so it is written whole. */
    finish() { if (n > 0) flush(); },
  };
}

const encoder = new TextEncoder();

/** Returns a function that appends one case (values in variable order) to `out`, and one that ends the data. */
export function caseEncoder(laidOut: readonly LaidOutVariable[], out: ByteWriter) {
  const compress = compressor(out);
  const maxWidth = Math.max(8, ...laidOut.map((l) => l.variable.width));
  const text = new Uint8Array(maxWidth + 8);
  const segmentBuffer = new Uint8Array(264);

  /** The elements of `bytes` holding data go raw, the rest are spaces (most answers are short or empty). */
  const elements = (bytes: Uint8Array, used: number, count: number) => {
    const full = Math.ceil(used / 8);
    if (full > 0) bytes.fill(0x20, used, full * 8);
    for (let e = 0; e < count; e++) {
      if (e < full) compress.chunk(bytes, e * 8);
      else compress.spaces();
    }
  };

  const writeString = (laid: LaidOutVariable, value: string) => {
    const width = laid.variable.width;
    // encodeInto never writes part of a character, so a value longer than the width is cut cleanly.
    const written = value === '' ? 0 : encoder.encodeInto(value, text.subarray(0, width)).written;
    if (laid.segments.length === 1) return elements(text, written, laid.segments[0]!.elements);
    // Very long strings: 255 bytes of data per segment, each segment padded to its own 8-byte elements.
    laid.segments.forEach((segment, s) => {
      const start = s * 255;
      const used = Math.max(0, Math.min(written, start + Math.min(255, segment.width)) - start);
      if (used > 0) segmentBuffer.set(text.subarray(start, start + used), 0);
      elements(segmentBuffer, used, segment.elements);
    });
  };

  return {
    write(values: readonly SavValue[]) {
      for (let i = 0; i < laidOut.length; i++) {
        const laid = laidOut[i]!;
        const value = values[i] ?? null;
        if (laid.variable.width === 0) compress.number(typeof value === 'number' ? value : null);
        else writeString(laid, typeof value === 'string' ? value : value === null ? '' : String(value));
      }
    },
    finish: () => compress.finish(),
  };
}
