// Writes an SPSS system file (.sav) as a stream of chunks: the dictionary first, then the cases as they
// come, bytecode-compressed, so memory stays flat however many cases there are. The case count is known
// beforehand (the export counts in the same read snapshot), so the header never needs a seek back.
import { byteWriter } from './byte-writer.ts';
import { caseEncoder, type SavValue } from './cases.ts';
import { layOut, type SavDictionary } from './dictionary.ts';
import { writeExtensionRecords } from './extension-records.ts';
import { writeHeader, writeValueLabels, writeVariableRecords } from './variable-records.ts';

export type { SavValue };
const CHUNK_BYTES = 64 * 1024;

export function encodeDictionary(dict: SavDictionary): Uint8Array {
  const { variables: laidOut, elements } = layOut(dict.variables);
  const w = byteWriter(16 * 1024);
  writeHeader(w, dict, elements);
  for (const laid of laidOut) writeVariableRecords(w, laid);
  writeValueLabels(w, laidOut);
  writeExtensionRecords(w, dict, laidOut);
  return w.view().slice();
}

/** `cases` yields one array of values per case, in `dict.variables` order (null = system-missing / empty). */
export async function* writeSav(dict: SavDictionary, cases: AsyncIterable<readonly SavValue[]> | Iterable<readonly SavValue[]>): AsyncGenerator<Uint8Array> {
  yield encodeDictionary(dict);
  const { variables: laidOut } = layOut(dict.variables);
  const out = byteWriter(CHUNK_BYTES * 2);
  const encoder = caseEncoder(laidOut, out);
  let written = 0;
  const full = (values: readonly SavValue[]) => {
    encoder.write(values);
    written += 1;
    return out.length() >= CHUNK_BYTES;
  };
  const take = () => {
    const chunk = out.view().slice();
    out.reset();
    return chunk;
  };
  // A synchronous source (rows from SQLite) is read without a promise per row; chunks still stream.
  if (Symbol.asyncIterator in cases) {
    for await (const values of cases) if (full(values)) yield take();
  } else {
    for (const values of cases) if (full(values)) yield take();
  }
  if (written !== dict.caseCount) throw new Error(`sav: header announces ${dict.caseCount} cases, ${written} were written`);
  encoder.finish();
  if (out.length() > 0) yield out.view().slice();
}
