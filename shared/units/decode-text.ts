// Turns the bytes of an uploaded text file into a string: UTF-8 (with or without BOM), UTF-16 with a BOM, or
// else the ANSI code page Excel uses on Vietnamese Windows (windows-1258), windows-1252 where that is missing.
// windows-1258 writes tone marks as combining characters, so the result is normalized to NFC.

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252' };

function decoder(label: string, fatal = false): TextDecoder | undefined {
  try { return new TextDecoder(label, { fatal }); } catch { return undefined; }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) {
    const be = decoder('utf-16be');
    if (be) return { text: be.decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a legacy code page. Both decode every byte, so this never fails.
    const vn = decoder('windows-1258');
    if (vn) return { text: vn.decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
    return { text: new TextDecoder('windows-1252').decode(bytes).normalize('NFC'), encoding: 'windows-1252' };
  }
}
