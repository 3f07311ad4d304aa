// decodeBytes: turn a file's bytes into text, detecting the encoding instead of assuming it.
//
// Order: BOM (UTF-8, UTF-16 LE/BE) > NUL bytes: valid UTF-8 with a few stray NULs (dropped), else UTF-16 without
// BOM (NULs on odd or on even offsets) when it reads as text > strict UTF-8 > declared charset (HTML <meta charset>,
// any iconv-lite charset) > GB18030 (a superset of GBK and GB2312) > UTF-8 with a few stray bytes > Big5.
// A guess that decodes to garbage is an error, never a text: two NULs in a UTF-8 report once made it UTF-16
// mojibake (郥趽믤…) that was stored.
//
// Thresholds (measured on the seed reports, see the report of the text stage):
// - Tolerated undecodable sequences (U+FFFD): 1 per 1,000 characters, at least 2, at most 16. A GB18030 or UTF-8
//   file with a couple of stray bytes is accepted (the bytes become U+FFFD); a file damaged in many places is not.
// - GB18030 plausibility: GB18030 maps almost any byte string to some characters, so the decoded non-ASCII characters
//   must be mostly GB2312 hanzi or CJK punctuation. Real GBK reports score 0.999-1.0; Big5 read as GBK 0.27,
//   UTF-8 read as GBK 0.30, random bytes 0.2-0.43. Threshold: 0.9.
// - Binary: NUL bytes that do not follow the UTF-16 pattern (>= 80% of them on one parity), or more than 1% C0 control characters.
// - A few NULs: at most the tolerance above (of the file's bytes). UTF-16 has a NUL in every ASCII character.
// - UTF-16 reads as text when >= 90% of its non-ASCII characters are CJK, punctuation, symbols, Latin, Greek or
//   Cyrillic (textShare): the seed reports score 1.000; UTF-8 read as UTF-16 0.35, GBK read as UTF-16 0.04-0.06.

import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | a declared charset name. */
  encoding: string;
}

export interface DecodeOptions {
  /** Charset declared by the document itself (HTML meta, XML prolog); used when there is no BOM. */
  declared?: string | null;
}

export const MISENCODED_REASON = 'not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)';
const PLAUSIBLE_MIN = 0.9;

let gb2312Hanzi: Set<number> | null = null;
// The 6,763 GB2312 hanzi (rows 0xB0-0xF7), built once on first use; a constant table in effect.
function gb2312(): Set<number> {
  if (!gb2312Hanzi) {
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    const s = iconv.decode(Buffer.from(bytes), 'gb18030');
    const set = new Set<number>();
    for (const ch of s) if (ch !== '\ufffd') set.add(ch.codePointAt(0)!);
    gb2312Hanzi = set;
  }
  return gb2312Hanzi;
}

function tolerance(chars: number): number {
  return Math.min(16, Math.max(2, Math.floor(chars / 1000)));
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Share of non-ASCII characters that `good` accepts (1 for pure ASCII). `good` may take the next code unit too (a
 * surrogate pair) and returns how many units it read as good, 0 for a bad one.
 */
function nonAsciiShare(text: string, good: (x: number, next: number) => 0 | 1 | 2): number {
  let non = 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    if (x < 0x80) continue;
    non++;
    const n = good(x, text.charCodeAt(i + 1));
    if (n > 0) ok++;
    if (n === 2) i++;
  }
  return non === 0 ? 1 : ok / non;
}

const isCjkPunctuation = (x: number) => (x >= 0x3000 && x <= 0x303f) || (x >= 0xff01 && x <= 0xff5e) || (x >= 0x2010 && x <= 0x2027);

/** Share of non-ASCII characters that are CJK ideographs or CJK punctuation (any script: traditional too). */
function ideographShare(text: string): number {
  return nonAsciiShare(text, (x) => ((x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || isCjkPunctuation(x) ? 1 : 0));
}

function isTextChar(x: number): boolean {
  return (
    (x >= 0x4e00 && x <= 0x9fff) || // CJK ideographs
    (x >= 0x3400 && x <= 0x4dbf) ||
    (x >= 0xf900 && x <= 0xfaff) ||
    (x >= 0x3000 && x <= 0x33ff) || // CJK punctuation, kana, bopomofo, enclosed and compatibility forms
    (x >= 0xff00 && x <= 0xffef) || // full-width forms
    (x >= 0x2000 && x <= 0x27bf) || // punctuation, letterlike, numbers, arrows, maths, shapes, symbols
    (x >= 0xa0 && x <= 0x24f) || // Latin
    (x >= 0x370 && x <= 0x4ff) || // Greek, Cyrillic
    x === 0xfeff
  );
}

/**
 * Share of non-ASCII characters that belong to scripts and symbols a report is written in (surrogate pairs, emoji,
 * count as text; Hangul, Yi, private use, C1 controls and U+FFFD do not): what a wrong guess of UTF-16 gives.
 */
export function textShare(text: string): number {
  return nonAsciiShare(text, (x, next) => {
    if (x >= 0xd800 && x <= 0xdbff) return next >= 0xdc00 && next <= 0xdfff ? 2 : 0;
    return isTextChar(x) ? 1 : 0;
  });
}

/** Share of non-ASCII characters that are common Chinese (GB2312 hanzi or CJK punctuation). 1 for pure ASCII. */
export function chinesePlausibility(text: string): number {
  const set = gb2312();
  return nonAsciiShare(text, (x) => (set.has(x) || isCjkPunctuation(x) || x === 0xb7 ? 1 : 0));
}

function controlRatio(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    if (x < 0x20 ? x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c : x === 0x7f) n++;
  }
  return text.length === 0 ? 0 : n / text.length;
}

function loneSurrogates(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    if (x >= 0xd800 && x <= 0xdbff) {
      const y = text.charCodeAt(i + 1);
      if (y >= 0xdc00 && y <= 0xdfff) i++;
      else n++;
    } else if (x >= 0xdc00 && x <= 0xdfff) n++;
  }
  return n;
}

/** 'le' or 'be' when the NUL bytes sit (almost) only on odd or only on even offsets, as ASCII in UTF-16 does. */
function utf16NulPattern(buf: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(buf.length, 1 << 16);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i & 1) odd++;
    else even++;
  }
  const zeros = even + odd;
  if (zeros === 0 || buf.length % 2 !== 0) return null;
  // Mostly, not only: CJK characters U+xx00 put a NUL on the other side (一 U+4E00 is 00 4E in LE).
  if (odd >= zeros * 0.8) return 'le';
  if (even >= zeros * 0.8) return 'be';
  return null;
}

function decodeUtf16(buf: Uint8Array, le: boolean, skip: number): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset + skip, buf.length - skip);
  if (le) return iconv.decode(b, 'utf-16le');
  return iconv.decode(b, 'utf-16be');
}

function normaliseCharset(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/^x-/, '');
  if (n === 'gb2312' || n === 'gbk' || n === 'gb18030' || n === 'cp936' || n === 'euc-cn') return 'gb18030';
  if (n === 'utf8') return 'utf-8';
  return iconv.encodingExists(n) ? n : null;
}

function countNuls(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(0); i !== -1; i = buf.indexOf(0, i + 1)) n++;
  return n;
}

export function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

function utf16Text(text: string): boolean {
  return loneSurrogates(text) <= tolerance(text.length) && !text.includes('\u0000') && textShare(text) >= PLAUSIBLE_MIN;
}

/**
 * Bytes with NULs: a few stray ones in UTF-8 (or in any encoding below) are dropped, and the rest decoded as any
 * text; otherwise UTF-16 without BOM when the NULs fall on one parity and the result reads as text; else binary.
 */
function decodeWithNuls(b: Buffer, name: string, opts: DecodeOptions): Decoded {
  const nuls = countNuls(b);
  const stripped = nuls <= tolerance(b.length) ? Buffer.from(b.filter((x) => x !== 0)) : null;
  if (stripped && isUtf8(stripped)) return finish(stripped.toString('utf8'), 'utf-8', name);
  const pattern = utf16NulPattern(b);
  if (pattern) {
    const text = decodeUtf16(b, pattern === 'le', 0);
    if (utf16Text(text)) return finish(text, pattern === 'le' ? 'utf-16le' : 'utf-16be', name);
  }
  if (stripped && stripped.length > 0) return decodeBytes(stripped, name, opts);
  throw new InputError(name, 'binary content (NUL bytes), not a text file');
}

function finish(text: string, encoding: string, name: string): Decoded {
  if (controlRatio(text) > 0.01) throw new InputError(name, 'binary content (control characters), not a text file');
  if (text.trim() === '') throw new InputError(name, 'no text (the file holds only whitespace)');
  return { text, encoding };
}

/**
 * Decode a text file's bytes. Pure. Throws InputError for empty, binary or mis-encoded input.
 * `name` is only used in error messages.
 */
export function decodeBytes(buf: Uint8Array, name: string, opts: DecodeOptions = {}): Decoded {
  if (buf.length === 0) throw new InputError(name, 'empty file');
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);

  // 1. Byte order marks.
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const text = b.subarray(3).toString('utf8');
    if (countReplacement(text) > tolerance(text.length)) throw new InputError(name, MISENCODED_REASON);
    return finish(text, 'utf-8-bom', name);
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    const text = decodeUtf16(b, b[0] === 0xff, 2);
    if (!utf16Text(text)) throw new InputError(name, MISENCODED_REASON);
    return finish(text, b[0] === 0xff ? 'utf-16le' : 'utf-16be', name);
  }

  // 2. NUL bytes: UTF-16 without BOM, stray NULs in another encoding, or binary.
  if (b.indexOf(0) !== -1) return decodeWithNuls(b, name, opts);

  // 3. Strict UTF-8: valid UTF-8 with non-ASCII text does not happen by chance, so it beats a declared charset
  //    (pages that declare gb2312 but were re-saved as UTF-8 are common).
  const utf8 = b.toString('utf8');
  const badUtf8 = utf8Errors(b, utf8);
  if (badUtf8 === 0) return finish(utf8, 'utf-8', name);

  // 4. A charset the document declares for itself (HTML meta), if the bytes agree with it.
  const declared = opts.declared ? normaliseCharset(opts.declared) : null;
  if (declared && declared !== 'utf-8') {
    const text = iconv.decode(b, declared);
    const plausible = declared !== 'gb18030' || chinesePlausibility(text) >= PLAUSIBLE_MIN;
    if (plausible && countReplacement(text) <= tolerance(text.length)) return finish(text, declared, name);
  }

  // 5. GB18030, if the result reads as Chinese.
  const gb = iconv.decode(b, 'gb18030');
  const badGb = countReplacement(gb);
  if (badGb <= tolerance(gb.length) && chinesePlausibility(gb) >= PLAUSIBLE_MIN) return finish(gb, 'gb18030', name);
  if (badUtf8 <= tolerance(utf8.length)) return finish(utf8, 'utf-8', name);
  // 6. Big5 (Hong Kong and Taiwan mirrors): strict enough that other bytes leave many undecodable sequences, and
  // what decodes must be ideographs and CJK punctuation. The text stage then makes it simplified.
  const big5 = iconv.decode(b, 'big5');
  if (countReplacement(big5) <= tolerance(big5.length) && ideographShare(big5) >= PLAUSIBLE_MIN) return finish(big5, 'big5', name);
  throw new InputError(name, MISENCODED_REASON);
}

/** Number of invalid UTF-8 sequences (U+FFFD written in the file itself as EF BF BD does not count). */
function utf8Errors(b: Buffer, decoded: string): number {
  if (isUtf8(b)) return 0;
  const literal = b.toString('latin1').split('\u00ef\u00bf\u00bd').length - 1;
  return Math.max(1, countReplacement(decoded) - literal);
}
