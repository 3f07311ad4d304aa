// .docx -> raw text with mammoth. Paragraphs come out separated by blank lines.

import mammoth from 'mammoth';
import { InputError } from './errors.js';

/** Most text a .docx may unpack to: a report is a few MB; a zip bomb inflates a small file to gigabytes. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * Sum of the uncompressed sizes the zip's central directory declares (null when it has none: not a zip). Read
 * before anything is inflated, so a bomb is refused at no cost. (Written out: the format is three fixed records,
 * and jszip, mammoth's unzipper, offers no size check before inflating.)
 */
export function declaredUnpackedSize(buf: Uint8Array): number | null {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  const min = Math.max(0, b.length - 22 - 65535);
  for (let eocd = b.length - 22; eocd >= min; eocd--) {
    if (b.readUInt32LE(eocd) !== 0x06054b50) continue;
    const entries = b.readUInt16LE(eocd + 10);
    let p = b.readUInt32LE(eocd + 16);
    let total = 0;
    for (let i = 0; i < entries && p + 46 <= b.length; i++) {
      if (b.readUInt32LE(p) !== 0x02014b50) return total;
      total += b.readUInt32LE(p + 24);
      p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    }
    return total;
  }
  return null;
}

export async function docxToText(buf: Uint8Array, name: string): Promise<string> {
  const unpacked = declaredUnpackedSize(buf);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
    throw new InputError(name, `the .docx unpacks to ${Math.round(unpacked / 1048576)} MB (a zip bomb?); the limit is ${MAX_UNPACKED_BYTES / 1048576} MB`);
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.length) }));
  } catch (e) {
    throw new InputError(name, `not a readable .docx file (${shortReason(e)})`);
  }
  if (value.trim() === '') throw new InputError(name, 'the .docx document has no text');
  return value;
}

function shortReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/central directory|zip|signature/i.test(msg)) return 'corrupt or not a zip archive';
  if (/word\/document\.xml|main document/i.test(msg)) return 'no word/document.xml inside';
  return msg.split('\n')[0].slice(0, 120);
}
