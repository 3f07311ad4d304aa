// The records of a collection file, read as bytes: lines (JSON Lines) or CSV records, each decoded on its own.
// Why bytes and not a decoded text stream: a row in another encoding than the file's (a GBK row in a UTF-8 file)
// came out of the stream as 18,081 U+FFFD characters and was stored; and a line or CSV field is only bounded if
// its bytes are counted before it becomes a string (a 60 MB row took 4.6 GB). csv-parse's own max_record_size
// cannot skip the record and go on: with skip_records_with_error it drops the rest of the chunk (tested), so
// records are cut here (RFC 4180: a newline inside double quotes does not end one) and each is parsed by csv-parse.
import iconv from 'iconv-lite';
import { chinesePlausibility, isUtf8 } from './decode.js';

export interface ByteRecord {
  /** The record's bytes without its line end; null when it was over the limit (then skipped, not kept). */
  bytes: Buffer | null;
  /** Bytes the record had (counted to its end even when skipped). */
  size: number;
}

const NL = 0x0a;
const QUOTE = 0x22;

/**
 * Splits a byte stream into records of at most `max` bytes each, holding no more than one record (and one chunk)
 * at a time. `quoted`: CSV, where a newline between double quotes belongs to the field ("" toggles twice).
 * Every byte that ends a record (0x0A) or toggles a quote (0x22) is ASCII, which neither UTF-8 nor GB18030 uses
 * inside a multi-byte character.
 */
export async function* byteRecords(input: AsyncIterable<Buffer> | Iterable<Buffer>, quoted: boolean, max: number): AsyncGenerator<ByteRecord> {
  let parts: Buffer[] | null = [];
  let size = 0;
  const quotes = { inside: false };
  const take = (piece: Buffer) => {
    size += piece.length;
    if (size > max) parts = null;
    else parts?.push(piece);
  };
  const end = (): ByteRecord => {
    const record = { bytes: parts ? Buffer.concat(parts) : null, size };
    parts = [];
    size = 0;
    return record;
  };
  for await (const chunk of input) {
    let from = 0;
    for (;;) {
      const nl = quoted ? nextRecordEnd(chunk, from, quotes) : chunk.indexOf(NL, from);
      if (nl === -1) break;
      take(chunk.subarray(from, nl));
      from = nl + 1;
      yield end();
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield end();
}

/** The next newline outside double quotes at or after `from`, or -1; `quotes` carries the state across chunks. */
function nextRecordEnd(chunk: Buffer, from: number, quotes: { inside: boolean }): number {
  let inside = quotes.inside;
  for (let i = from; i < chunk.length; i++) {
    const x = chunk[i];
    if (x === QUOTE) inside = !inside;
    else if (x === NL && !inside) {
      quotes.inside = false;
      return i;
    }
  }
  quotes.inside = inside;
  return -1;
}

/**
 * A row's text in the file's encoding, or in the other one when the evidence leaves no doubt: valid UTF-8 with
 * non-ASCII text does not happen by chance; GB18030 must decode every byte and read as Chinese — in a UTF-8 file,
 * at least 16 non-ASCII characters of which 98% are common Chinese (real GBK reports score 0.999-1.0, UTF-8 read
 * as GBK 0.30). Null: the row is not text in either.
 */
export function decodeRecord(bytes: Buffer, fileEncoding: 'utf-8' | 'gb18030'): string | null {
  if (fileEncoding === 'utf-8') return isUtf8(bytes) ? bytes.toString('utf8') : gb18030(bytes, 16, 0.98);
  return gb18030(bytes, 0, 0.9) ?? (isUtf8(bytes) ? bytes.toString('utf8') : null);
}

function gb18030(bytes: Buffer, minNonAscii: number, minPlausible: number): string | null {
  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\ufffd') || nonAscii(text) < minNonAscii || chinesePlausibility(text) < minPlausible) return null;
  return text;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}
