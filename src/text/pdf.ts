// PDF -> raw text with unpdf (pdf.js). Only the text layer is read: a scanned PDF needs OCR first.

import { extractText, getDocumentProxy } from 'unpdf';
import { InputError } from './errors.js';

export const NO_TEXT_LAYER = 'PDF has no text layer (scanned image?); run OCR first';

export async function pdfToText(buf: Uint8Array, name: string): Promise<string> {
  let text: string;
  try {
    // pdf.js takes ownership of (detaches) the array it is given: pass a copy.
    const pdf = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0 });
    try {
      ({ text } = await extractText(pdf, { mergePages: true }));
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
  } catch (e) {
    throw new InputError(name, `not a readable PDF (${shortReason(e)})`);
  }
  if (text.replace(/[\s\u0000-\u001f]/g, '') === '') throw new InputError(name, NO_TEXT_LAYER);
  return text;
}

function shortReason(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException' || /password/i.test(msg)) return 'encrypted, needs a password';
  if (/Invalid PDF structure|No PDF header|invalid pdf|xref|startxref/i.test(msg)) return 'corrupt or truncated';
  return msg.split('\n')[0].slice(0, 120);
}
