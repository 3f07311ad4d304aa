// .docx -> raw text with mammoth. Paragraphs come out separated by blank lines.

import mammoth from 'mammoth';
import { InputError } from './errors.js';

export async function docxToText(buf: Uint8Array, name: string): Promise<string> {
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
