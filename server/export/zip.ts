// A streaming .zip of several files (the .sps and its CSV in one download): each entry deflated as it
// comes, sizes and CRC in a data descriptor after it, UTF-8 names, then the central directory.
// ZIP64 is not written: an entry or the archive must stay under 4 GiB (a .sav is the format for more).
import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';

export type ZipEntry = { name: string; data: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

const FLAGS = 0x0808; // bit 3: sizes in a data descriptor; bit 11: UTF-8 names
const DEFLATE = 8;

function dosTime(epochMs: number): { time: number; date: number } {
  const d = new Date(epochMs + 7 * 3600_000); // Asia/Ho_Chi_Minh, always +07:00
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function record(size: number, fill: (v: DataView) => void, tail?: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(size + (tail?.length ?? 0));
  fill(new DataView(bytes.buffer));
  if (tail) bytes.set(tail, size);
  return bytes;
}

type Written = { name: Uint8Array; crc: number; compressed: number; size: number; offset: number };

export async function* zipEntries(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, modifiedAt: number): AsyncGenerator<Uint8Array> {
  const { time, date } = dosTime(modifiedAt);
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = record(30, (v) => {
      v.setUint32(0, 0x04034b50, true); v.setUint16(4, 20, true); v.setUint16(6, FLAGS, true);
      v.setUint16(8, DEFLATE, true); v.setUint16(10, time, true); v.setUint16(12, date, true);
      v.setUint16(26, name.length, true);
    }, name);
    yield local;
    const item: Written = { name, crc: 0, compressed: 0, size: 0, offset };
    const deflate = createDeflateRaw();
    const pump = (async () => {
      for await (const chunk of entry.data) {
        item.crc = crc32(chunk, item.crc);
        item.size += chunk.length;
        if (!deflate.write(chunk)) await once(deflate, 'drain');
      }
      deflate.end();
    })().catch((error: unknown) => { deflate.destroy(error as Error); });
    for await (const chunk of deflate as AsyncIterable<Uint8Array>) {
      item.compressed += chunk.length;
      yield chunk;
    }
    await pump;
    yield record(16, (v) => {
      v.setUint32(0, 0x08074b50, true); v.setUint32(4, item.crc >>> 0, true);
      v.setUint32(8, item.compressed, true); v.setUint32(12, item.size, true);
    });
    offset += local.length + item.compressed + 16;
    written.push(item);
  }
  let directory = 0;
  for (const item of written) {
    const central = record(46, (v) => {
      v.setUint32(0, 0x02014b50, true); v.setUint16(4, 20, true); v.setUint16(6, 20, true);
      v.setUint16(8, FLAGS, true); v.setUint16(10, DEFLATE, true); v.setUint16(12, time, true);
      v.setUint16(14, date, true); v.setUint32(16, item.crc >>> 0, true); v.setUint32(20, item.compressed, true);
      v.setUint32(24, item.size, true); v.setUint16(28, item.name.length, true); v.setUint32(42, item.offset, true);
    }, item.name);
    directory += central.length;
    yield central;
  }
  yield record(22, (v) => {
    v.setUint32(0, 0x06054b50, true); v.setUint16(8, written.length, true); v.setUint16(10, written.length, true);
    v.setUint32(12, directory, true); v.setUint32(16, offset, true);
  });
}
