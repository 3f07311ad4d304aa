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
  return reflowLines(text);
}

// A heading or list item starts a new paragraph even after a full line.
const RE_PARA_START =
  /^(?:第[一二三四五六七八九十百零〇]+[部分章节条篇]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[、.．](?!\d)|——|各位代表)/;
// Page numbers as printed in Chinese official documents: "- 3 -", "— 12 —", "－5－", "第3页".
const RE_PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/;

function visualWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

/**
 * Undo the PDF's visual line wrapping. Pure. A PDF gives one line per printed line; a line as wide as the text
 * column (>= 90% of the typical full-line width) continues into the next one unless it ends a sentence or the
 * next starts a heading, while a shorter line ends its paragraph. Paragraphs come out separated by a blank line, like the plain-text
 * reports. Page-number lines are dropped. Text that does not look wrapped is returned unchanged.
 * (This cannot live in normaliseText: it needs the original line widths, which joining destroys.)
 */
export function reflowLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => !RE_PAGE_NUMBER.test(l) || l === '');
  const widths = lines.filter((l) => l !== '').map(visualWidth);
  const long = widths.filter((w) => w >= 20).sort((a, b) => a - b);
  if (long.length < 8) return lines.join('\n');
  const column = long[Math.floor(long.length * 0.8)];
  const full = column * 0.9;
  // Wrapped text has a narrow band of full lines and (almost) nothing wider: one line per paragraph is not wrapped.
  const wider = widths.filter((w) => w > column * 1.2).length;
  if (column > 160 || wider > widths.length * 0.05 || widths.filter((w) => w >= full).length < widths.length * 0.3)
    return lines.join('\n');

  const paras: string[] = [];
  let cur = '';
  let curFull = false;
  for (const line of lines) {
    if (line === '') {
      if (cur) paras.push(cur);
      cur = '';
      curFull = false;
      continue;
    }
    // A full line ending a sentence is ambiguous (paragraph end or wrap point): keep the break, which at worst
    // splits a paragraph between two sentences, never inside one.
    if (cur && curFull && !/[。！？!?]$/.test(cur) && !RE_PARA_START.test(line)) {
      const latinJoin = /[A-Za-z]$/.test(cur) && /^[A-Za-z]/.test(line);
      cur += (latinJoin ? ' ' : '') + line;
    } else {
      if (cur) paras.push(cur);
      cur = line;
    }
    curFull = visualWidth(line) >= full;
  }
  if (cur) paras.push(cur);
  return paras.join('\n\n');
}

function shortReason(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException' || /password/i.test(msg)) return 'encrypted, needs a password';
  if (/Invalid PDF structure|No PDF header|invalid pdf|xref|startxref/i.test(msg)) return 'corrupt or truncated';
  return msg.split('\n')[0].slice(0, 120);
}
