// Paragraph and sentence nodes for one line of text. Sentences end after 。！？ (plus closing quotes) or at line end.
import type { ParagraphNode, SentenceNode } from '../types.js';
import { codeTable } from '../text/chars.js';

// Code-unit tables rather than Sets: the scan visits every character of the report.
const WS = [0x20, 0x09, 0x0d, 0x0a, 0x3000, 0xa0, 0x200b, 0x200c, 0x200d, 0xfeff, 0x2028, 0x2029];
const SPACE = codeTable([...WS, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]);
const TERMINATORS = codeTable([0x3002 /* 。 */, 0xff01 /* ！ */, 0xff1f /* ？ */, 0x21 /* ! */, 0x3f /* ? */]);
// Closing quotes and brackets stay with the sentence they close: 。” / 。）
const CLOSERS = codeTable([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x22, 0x27]);

/** Blank characters, the typographic spaces U+2000–U+200A (市长 黄 江 uses an em space) included. */
export function isSpace(code: number): boolean {
  return SPACE[code] === 1;
}

/** One paragraph over text[start, end) (already trimmed), with its sentences. */
export function paragraph(text: string, start: number, end: number): ParagraphNode {
  const children: SentenceNode[] = [];
  let s = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    i++;
    if (TERMINATORS[c] !== 1) continue;
    while (i < end && (TERMINATORS[text.charCodeAt(i)] === 1 || CLOSERS[text.charCodeAt(i)] === 1)) i++;
    let e = i;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) children.push({ type: 'sentence', span: [s, e] });
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    s = i;
  }
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) children.push({ type: 'sentence', span: [s, e] });
  return { type: 'paragraph', span: [start, end], children };
}
