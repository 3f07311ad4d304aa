// .docx -> raw text, streamed: yauzl reads the zip's central directory and inflates word/document.xml as a
// stream, saxes parses the XML as it arrives, and the text is collected as mammoth's extractRawText gave it (each
// paragraph, then a blank line; tabs as \t). Every inflated byte is counted on the way.
//
// Why not mammoth, which read .docx before: it inflates whole entries with jszip, trusting the sizes the zip
// declares, then builds a tree of the whole document. A central directory that understates sizes, or junk before
// the zip, bypassed the size check made from the directory (1 MB files reached 1.15–2.16 GB and ended in jszip's
// "uncompressed data size mismatch"); a 184 KB file inflating to 180 MB of text took 4 GB and 38 s; 5 MB of XML
// in one-character runs took 1 GB and 10 s. Why yauzl: it follows the central directory (no scanning for local
// headers), inflates one entry as a stream, and stops an entry that inflates past the size its directory
// declares (validateEntrySizes); 126 M downloads a week, maintained. saxes: a streaming, conformant XML parser
// (exceljs's, already installed).
import yauzl from 'yauzl';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from './errors.js';

/** Most XML the main document may inflate to (a report's is 0.2–3 MB; parsing streams, so memory stays flat). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Most text, in UTF-8 bytes, a .docx may hold: the limit of a file (load.ts), applied to the text. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

const MB = 1024 * 1024;
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
// Elements whose content is no text of the document, as mammoth reads it: properties (w:pPr holds tab stops),
// moved-from and deleted runs, field instructions, and mc:Choice (the same content is in mc:Fallback).
const SKIP = new Set(['pPr', 'rPr', 'moveFrom', 'del', 'instrText', 'delText', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sectPr']);
const CHARS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '\u2011', softHyphen: '\u00ad' };

/** A limit passed, or XML that does not parse: the message is the reason as it is. */
class Stop extends Error {}

export async function docxToText(buf: Uint8Array, name: string, limits = { unpacked: MAX_UNPACKED_BYTES, text: MAX_TEXT_BYTES }): Promise<string> {
  let zip: yauzl.ZipFile | null = null;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(buf.buffer, buf.byteOffset, buf.length), { lazyEntries: true, validateEntrySizes: true });
    const entries = await readDirectory(zip);
    const main = entries.get((await officeDocument(zip, entries)) ?? 'word/document.xml') ?? entries.get('word/document.xml');
    if (!main) throw new InputError(name, 'not a readable .docx file (no word/document.xml inside)');
    if (main.uncompressedSize > limits.unpacked) {
      throw new InputError(name, `the .docx unpacks to ${mb(main.uncompressedSize)} (a zip bomb?); the limit is ${mb(limits.unpacked)}`);
    }
    const text = await documentText(await zip.openReadStreamPromise(main), limits);
    if (text.trim() === '') throw new InputError(name, 'the .docx document has no text');
    return text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(name, e instanceof Stop ? e.message : `not a readable .docx file (${shortReason(e)})`);
  } finally {
    zip?.close();
  }
}

async function readDirectory(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** The main part named by _rels/.rels (as Word and mammoth find it), or null. */
async function officeDocument(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): Promise<string | null> {
  const rels = entries.get('_rels/.rels');
  if (!rels || rels.uncompressedSize > MB) return null;
  let target: string | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (t) => {
    if (t.local === 'Relationship' && /\/officeDocument$/.test(String(t.attributes.Type?.value ?? ''))) target = String(t.attributes.Target?.value ?? '').replace(/^\//, '');
  });
  await feed(await zip.openReadStreamPromise(rels), parser, MB);
  return target;
}

/**
 * Streams the document's XML through saxes; the text as mammoth's extractRawText gives it. A paragraph inside
 * another (a text box's) follows the one that holds it, as in mammoth.
 */
async function documentText(stream: Readable, limits: { unpacked: number; text: number }): Promise<string> {
  const done: string[] = [];
  const open: Array<{ text: string[]; after: string[] }> = []; // the paragraphs being read, innermost last
  let textBytes = 0;
  let skip = 0; // depth inside elements that hold no text of the document
  let inText = 0; // depth inside w:t
  const count = (s: string) => {
    textBytes += Buffer.byteLength(s);
    if (textBytes > limits.text) throw new Stop(`the .docx holds more than ${mb(limits.text)} of text; the limit is ${mb(limits.text)}`);
  };
  const add = (s: string) => {
    count(s);
    (open.at(-1)?.text ?? done).push(s);
  };
  const closeParagraph = () => {
    const p = open.pop()!;
    count('\n\n');
    const whole = p.text.join('') + '\n\n' + p.after.join('');
    (open.at(-1)?.after ?? done).push(whole);
  };
  const parser = new SaxesParser({ xmlns: true });
  const skipped = (t: SaxesTagNS) => (W.has(t.uri) && SKIP.has(t.local)) || (t.uri === MC && t.local === 'Choice');
  parser.on('opentag', (t) => {
    if (skip || skipped(t)) {
      if (!t.isSelfClosing) skip++;
      return;
    }
    if (!W.has(t.uri)) return;
    if (t.local === 'p') {
      open.push({ text: [], after: [] });
      if (t.isSelfClosing) closeParagraph();
    } else if (t.local === 't' && !t.isSelfClosing) inText++;
    else if (CHARS[t.local]) add(CHARS[t.local]);
  });
  parser.on('closetag', (t) => {
    if (skip) {
      if (!t.isSelfClosing) skip--;
      return;
    }
    if (!W.has(t.uri) || t.isSelfClosing) return;
    if (t.local === 't') inText--;
    else if (t.local === 'p') closeParagraph();
  });
  const text = (s: string) => {
    if (inText && !skip) add(s);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  await feed(stream, parser, limits.unpacked);
  while (open.length) closeParagraph(); // a document cut short of its closing tags fails in saxes first
  return done.join('');
}

/**
 * Writes the inflating stream into the parser, stopping when it passes `max` bytes. (yauzl stops an entry at the
 * size its directory declares, which is checked against `max` first; this counter does not trust that alone.)
 */
async function feed(stream: Readable, parser: SaxesParser<{ xmlns: true }>, max: number): Promise<void> {
  let inflated = 0;
  const utf8 = new StringDecoder('utf8'); // a character may straddle two chunks
  const write = (s: string | null) => {
    try {
      if (s === null) parser.close();
      else parser.write(s);
    } catch (e) {
      if (e instanceof Stop) throw e;
      throw new Stop(`not a readable .docx file (malformed XML: ${(e as Error).message.split('\n')[0].slice(0, 100)})`);
    }
  };
  try {
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).length;
      if (inflated > max) throw new Stop(`the .docx unpacks to more than ${mb(max)} (a zip bomb?); the limit is ${mb(max)}`);
      write(utf8.write(chunk as Buffer));
    }
    write(utf8.end());
    write(null);
  } finally {
    stream.destroy();
  }
}

function mb(n: number): string {
  return `${(n / MB).toFixed(n < 10 * MB && n % MB ? 1 : 0)} MB`;
}

function shortReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/too many bytes in the stream|not enough bytes in the stream|size mismatch/i.test(msg)) return 'an entry inflates to another size than the zip declares: damaged, or a zip bomb';
  if (/central directory|signature|zip|invalid .* length|unexpected EOF|end of/i.test(msg)) return `corrupt or not a zip archive: ${msg.split('\n')[0].slice(0, 100)}`;
  return msg.split('\n')[0].slice(0, 120);
}
