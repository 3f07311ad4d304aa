// markdownToText: a report published as Markdown (collections such as lawtext/gov keep one report per .md file)
// -> raw text with one block per paragraph, the way a reader sees it: no **emphasis** marks around headings,
// no # or list markers, link text without its address, table rows as lines. Pure.
// The YAML front matter (title, source) becomes hints; it is not report text.
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse as parseYaml } from 'yaml';

export interface MarkdownText {
  text: string;
  title: string | null;
  url: string | null;
}

const PART_MARKER = /^[一二三四五六七八九十]{1,3}、/;

/** Blocks whose content is one line of text (a paragraph, a heading, a table cell row). */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableRow', 'code', 'html']);

function inline(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
      // An emphasis left unclosed (**地区生产总值增长9.5%…) stays as literal marks: never report text.
      out.push(node.value.includes('**') || node.value.includes('__') ? node.value.replace(/\*\*+|__+/g, '') : node.value);
      return;
    case 'inlineCode':
      out.push(node.value);
      return;
    case 'break':
      out.push('\n');
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    case 'html':
      // Inline tags (<br>, <sup>) carry no report text of their own.
      if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push('\n');
      return;
    case 'tableCell':
      if (out.length > 0) out.push(' ');
      break;
    default:
      break;
  }
  if ('children' in node) for (const c of (node as Parent).children) inline(c as Nodes, out);
}

function blocks(node: Nodes, out: string[]): void {
  if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak') return;
  if (node.type === 'paragraph' && node.children[0]?.type === 'strong' && node.children.length > 1) {
    // **一、开拓创新，推动科学发展再上新台阶**“十二五”时期是…: the bold run is the part's title; as one line
    // with its paragraph it would read as a long first sentence, not a heading.
    const head: string[] = [];
    inline(node.children[0], head);
    const title = head.join('').trim();
    if (PART_MARKER.test(title)) {
      const rest: string[] = [];
      for (const c of node.children.slice(1)) inline(c, rest);
      out.push(title);
      const body = rest.join('').trim();
      if (body !== '') out.push(body);
      return;
    }
  }
  if (LEAF_BLOCKS.has(node.type)) {
    const parts: string[] = [];
    if (node.type === 'code') parts.push(node.value);
    else if (node.type === 'html') parts.push(node.value.replace(/<[^>]*>/g, ''));
    else inline(node, parts);
    const line = parts.join('').trim();
    if (line !== '') out.push(line);
    return;
  }
  if (node.type === 'list' && node.ordered) {
    // "1. 一带一路": the number is part of the report (a numbered heading or item), not list syntax to drop.
    node.children.forEach((item, i) => {
      const at = out.length;
      blocks(item, out);
      if (out.length > at) out[at] = `${(node.start ?? 1) + i}. ${out[at]}`;
    });
    return;
  }
  if ('children' in node) for (const c of (node as Parent).children) blocks(c as Nodes, out);
}

function frontMatter(root: Root): Record<string, unknown> {
  const yaml = root.children.find((c) => c.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return {};
  try {
    const v: unknown = parseYaml(yaml.value);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {}; // a broken header is not a reason to lose the report
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * Nesting a Markdown parser cannot take in reasonable time (micromark is quadratic on containers nested hundreds
 * deep and on long runs of emphasis marks): such a file is read by the plain fallback below.
 */
const DEEP_CONTAINERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]*){16}/m;
const LONG_MARK_RUN = /[*_`~]{33}|\[{33}/;

/** What a reader sees of Markdown that cannot be parsed: container and emphasis marks dropped, lines kept. */
function plainFallback(md: string): MarkdownText {
  const fm = /^\uFEFF?---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/.exec(md);
  const meta: Record<string, unknown> = {};
  if (fm) {
    try {
      Object.assign(meta, parseYaml(fm[1]) ?? {});
    } catch {
      // ignored, as in the parser
    }
  }
  const body = (fm ? md.slice(fm[0].length) : md)
    .split('\n')
    .map((l) => l.replace(/^(?:[ \t]*(?:>|[-*+](?=\s)|#{1,6}(?=\s)))+[ \t]*/, '').replace(/\*\*+|__+/g, ''))
    .join('\n');
  return { text: body.trim(), title: str(meta.title), url: str(meta.source) ?? str(meta.url) };
}

const PARSE_OPTIONS = {
  extensions: [frontmatter(['yaml']), gfmTable()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

/**
 * Text-only paragraphs. Most of a report is paragraphs of Chinese prose that hold no character Markdown reads, and
 * micromark spends most of its time on them (10 ms a lawtext report: it walks each character, and each paragraph
 * costs about 40 µs of tokenizer set-up however short it is). A run of such blocks is handed to the parser as one
 * placeholder character in a paragraph of its own, so the parser still reads the document's structure (front
 * matter, headings, emphasis, lists, tables, fences, definitions) and only the prose is not walked.
 * A block is text-only when none of its lines can start a container or a leaf other than a paragraph (no leading
 * space, -, +, =, #, >, ordered-list marker) and no character can start inline syntax, a table, an HTML block or
 * a fence (\\ ` * _ [ ] < > & | ~), nor a hard break or stripped whitespace (trailing space, tab, CR, NUL).
 * CommonMark makes such a block, after a blank line, a paragraph whose text is its lines as they are, except inside
 * an open fence, HTML block or front matter: the parse is checked for that (every placeholder must come back as a
 * top-level paragraph of its own) and the whole document parsed as it is if not.
 * A one-line block **X**, X text-only and without white space at either end, is strong emphasis of X alone (both
 * runs flank: line start and end count as white space), which the reader writes as X: it is text-only too.
 */
const PLACEHOLDER = '\uE000';
const NOT_TEXT_ONLY = /[\\`*_[\]<>&|~\0\r\t\uE000]|^[ \-+=#>]|[ ]$|^\d{1,9}[.)](?: |$)/m;
const BOLD_LINE = /^\*\*(\S[^\n]*?\S|\S)\*\*$/;
const BLANK = /^[ \t]*$/;

/** The text of a block the parser need not read, or null. */
function textOnly(block: string): string | null {
  if (!NOT_TEXT_ONLY.test(block)) return block;
  const bold = BOLD_LINE.exec(block);
  return bold && !NOT_TEXT_ONLY.test(bold[1]) ? bold[1] : null;
}

/** Lines [0, end) of the front matter, never read as blocks (the check catches a miss of where the parser ends it). */
function frontMatterEnd(lines: string[]): number {
  if (!/^\uFEFF?---[ \t]*$/.test(lines[0])) return 0;
  const end = lines.findIndex((l, k) => k > 0 && /^---[ \t]*$/.test(l));
  return end < 0 ? lines.length : end + 1;
}

/** The document with runs of text-only blocks replaced by placeholders, and each run's texts in order. */
function withPlaceholders(md: string): { md: string; runs: string[][] } {
  const lines = md.split('\n');
  let i = frontMatterEnd(lines);
  const out: string[] = lines.slice(0, i);
  const runs: string[][] = [];
  let run: string[] | null = null; // the run the last block joined, while only blank lines follow it
  while (i < lines.length) {
    if (BLANK.test(lines[i])) {
      if (run === null) out.push(lines[i]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !BLANK.test(lines[j])) j++;
    const block = lines.slice(i, j).join('\n');
    const text = textOnly(block);
    if (text === null) {
      if (run !== null) out.push(''); // the blank line that ended the run
      out.push(block);
      run = null;
    } else if (run !== null) run.push(text);
    else {
      out.push(PLACEHOLDER);
      runs.push((run = [text]));
    }
    i = j;
  }
  return { md: out.join('\n'), runs };
}

const isPlaceholder = (node: Nodes): boolean =>
  node.type === 'paragraph' &&
  node.children.length === 1 &&
  node.children[0].type === 'text' &&
  node.children[0].value === PLACEHOLDER;

/** The blocks of a document read with placeholders, or null when a placeholder did not come back as a paragraph. */
function placeholderBlocks(md: string): { out: string[]; root: Root } | null {
  const sub = withPlaceholders(md);
  const root = fromMarkdown(sub.md, PARSE_OPTIONS);
  const out: string[] = [];
  let k = 0;
  for (const node of root.children) {
    if (!isPlaceholder(node)) blocks(node, out);
    else if (k >= sub.runs.length) return null;
    else {
      for (const text of sub.runs[k++]) {
        const line = text.trim();
        if (line !== '') out.push(line);
      }
    }
  }
  return k === sub.runs.length ? { out, root } : null;
}

/** `whole`: parse every block (the reference the shortcut for text-only blocks is tested against). */
export function markdownToText(md: string, opts: { whole?: boolean } = {}): MarkdownText {
  if (DEEP_CONTAINERS.test(md) || LONG_MARK_RUN.test(md)) return plainFallback(md);
  let read = opts.whole === true || md.includes(PLACEHOLDER) ? null : placeholderBlocks(md);
  if (read === null) {
    const root = fromMarkdown(md, PARSE_OPTIONS);
    const out: string[] = [];
    blocks(root, out);
    read = { out, root };
  }
  const fm = frontMatter(read.root);
  return { text: read.out.join('\n\n'), title: str(fm.title), url: str(fm.source) ?? str(fm.url) };
}

/** Does a .txt look like Markdown after all (front matter, or several **bold** heading lines)? */
export function looksLikeMarkdown(text: string): boolean {
  if (/^\uFEFF?---\r?\n[\s\S]{0,2000}?\r?\n---\r?\n/.test(text)) return true;
  const bold = text.slice(0, 200_000).match(/^\*\*[^*\n]{1,60}\*\*\s*$/gm);
  return (bold?.length ?? 0) >= 3;
}
