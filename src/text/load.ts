// The I/O edge of the text stage: read a file (or stdin), detect its format and encoding, and return the raw text.
// Everything that can go wrong with an input becomes an InputError with a one-line `<file>: <reason>` message.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { looksLikeMarkdown, markdownToText } from './markdown.js';
// The HTML, DOCX and PDF readers (cheerio, mammoth, unpdf) load on first use: plain text needs none of them.

export type DocFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface LoadedDoc {
  file: string;
  format: DocFormat;
  /** Detected text encoding; null for docx and pdf. */
  encoding: string | null;
  /** sha256 (hex) of the original bytes. */
  sha256: string;
  /** Decoded text, not yet normalised (for HTML: the article text, markup and site chrome removed). */
  raw: string;
  /** What the file says of itself beside its text (Markdown front matter: title, source address). */
  title?: string | null;
  url?: string | null;
}

export interface LoadOptions {
  /** Largest accepted input in bytes; default 50 MB. */
  maxBytes?: number;
  /** Skip detection and treat the input as this format. */
  format?: DocFormat;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const EXT: Record<string, DocFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.htm': 'html',
  '.html': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => buf[i] === x);
}

function looksLikeHtml(buf: Uint8Array): boolean {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 2048))
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|meta)\b/.test(head);
}

/** Format from the extension, unless the bytes' magic number says otherwise (a .html that is really a PDF). */
export function detectFormat(buf: Uint8Array, name: string): DocFormat | 'doc' | null {
  const byMagic: DocFormat | 'doc' | null = startsWith(buf, [0x25, 0x50, 0x44, 0x46]) // %PDF
    ? 'pdf'
    : startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) // PK zip
      ? 'docx'
      : startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0]) // OLE compound file: Word 97-2003
        ? 'doc'
        : null;
  const ext = extname(name).toLowerCase();
  if (byMagic) return byMagic;
  if (ext === '.doc') return 'doc';
  if (EXT[ext]) return EXT[ext];
  return looksLikeHtml(buf) ? 'html' : 'txt';
}

/** Charset declared in the first bytes of an HTML page: <meta charset>, http-equiv content, or the XML prolog. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Bytes -> LoadedDoc without touching the file system (for uploads, stdin and tests). The size limit applies to
 * the file and to the text it holds (UTF-8 bytes): a small .docx or PDF can hold far more text than its size, and
 * a .docx stops reading at the limit.
 */
export async function docFromBytes(buf: Uint8Array, name: string, opts: LoadOptions = {}): Promise<LoadedDoc> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length === 0) throw new InputError(name, 'empty file');
  if (buf.length > max) throw new InputError(name, `file too large (${mb(buf.length)}; the limit is ${mb(max)})`);
  const doc = await readDoc(buf, name, opts);
  const textBytes = Buffer.byteLength(doc.raw);
  if (textBytes > max) throw new InputError(name, `too much text (${mb(textBytes)} once read; the limit is ${mb(max)})`);
  return doc;
}

async function readDoc(buf: Uint8Array, name: string, opts: LoadOptions): Promise<LoadedDoc> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const format = opts.format ?? detectFormat(buf, name);
  if (format === 'doc') throw new InputError(name, 'legacy Word .doc format is not supported; save it as .docx');
  if (format === 'pdf') return { file: name, format, encoding: null, sha256, raw: await (await import('./pdf.js')).pdfToText(buf, name) };
  if (format === 'docx') {
    const { docxToText, MAX_UNPACKED_BYTES } = await import('./docx.js');
    return { file: name, format, encoding: null, sha256, raw: await docxToText(buf, name, { unpacked: MAX_UNPACKED_BYTES, text: max }) };
  }
  if (format === 'html') {
    const { text, encoding } = decodeBytes(buf, name, { declared: declaredCharset(buf) });
    const { htmlToText } = await import('./html.js');
    const raw = htmlToText(text);
    if (raw.trim() === '') throw new InputError(name, 'no article text found in the HTML page');
    return { file: name, format, encoding, sha256, raw };
  }
  const { text, encoding } = decodeBytes(buf, name);
  if (format === 'md' || looksLikeMarkdown(text)) {
    const md = markdownToText(text);
    if (md.text.trim() === '') throw new InputError(name, 'the Markdown file has no text');
    return { file: name, format: 'md', encoding, sha256, raw: md.text, title: md.title, url: md.url };
  }
  return { file: name, format: 'txt', encoding, sha256, raw: text };
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (a parent path is not a directory)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot read file (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/** Read one report file. The size is checked with stat before reading, so a huge file is refused at once. */
export async function loadFile(path: string, opts: LoadOptions = {}): Promise<LoadedDoc> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new InputError(path, fsReason(e));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (!info.isFile()) throw new InputError(path, 'not a regular file');
  if (info.size === 0) throw new InputError(path, 'empty file');
  if (info.size > max) throw new InputError(path, `file too large (${mb(info.size)}; the limit is ${mb(max)})`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new InputError(path, fsReason(e));
  }
  return docFromBytes(buf, path, opts);
}

/** Read a report from standard input (any supported format, detected from the bytes). */
export async function loadStdin(opts: LoadOptions = {}, input: NodeJS.ReadableStream = process.stdin): Promise<LoadedDoc> {
  const name = '<stdin>';
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += b.length;
      if (size > max) throw new InputError(name, `input too large (over ${mb(max)})`);
      chunks.push(b);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(name, fsReason(e));
  }
  return docFromBytes(Buffer.concat(chunks), name, opts);
}
