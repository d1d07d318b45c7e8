// A growable little-endian byte buffer for building system-file records: int32, flt64, raw and padded bytes.
// System files are written little-endian with IEEE 754 doubles (layout_code 2, as PSPP and SPSS write them).

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export type ByteWriter = {
  int32: (value: number) => void;
  flt64: (value: number) => void;
  bytes: (value: Uint8Array) => void;
  /** `value` cut or padded on the right with `pad` to exactly `length` bytes. */
  padded: (value: Uint8Array, length: number, pad?: number) => void;
  /** Bytes written so far (a view, valid until the next write). */
  view: () => Uint8Array;
  length: () => number;
  reset: () => void;
};

export function byteWriter(initialSize = 4096): ByteWriter {
  let buffer = new Uint8Array(initialSize);
  let data = new DataView(buffer.buffer);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= buffer.length) return;
    let size = buffer.length * 2;
    while (size < at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(buffer.subarray(0, at));
    buffer = next;
    data = new DataView(buffer.buffer);
  };
  return {
    int32: (value) => { room(4); data.setInt32(at, value, true); at += 4; },
    flt64: (value) => { room(8); data.setFloat64(at, value, true); at += 8; },
    bytes: (value) => { room(value.length); buffer.set(value, at); at += value.length; },
    padded: (value, length, pad = 0x20) => {
      room(length);
      const n = Math.min(value.length, length);
      buffer.set(value.subarray(0, n), at);
      buffer.fill(pad, at + n, at + length);
      at += length;
    },
    view: () => buffer.subarray(0, at),
    length: () => at,
    reset: () => { at = 0; },
  };
}

/** The longest prefix of UTF-8 `bytes` of at most `max` bytes that does not split a character. */
export function cutUtf8(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) to the start of the character that would be split.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}
