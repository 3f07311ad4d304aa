// Search hits inside one document: where the terms occur, which part and section they fall in, and a snippet
// with the terms marked. Pure.
import type { SearchHit } from '../model/api/index.js';
import { QueryError } from '../model/errors.js';

export type { SearchHit };

export interface SectionSpan {
  ord: number;
  parent_ord: number | null;
  kind: string;
  title: string;
  span_start: number;
  span_end: number;
}

/** Where a hit is and its snippet (the rest of a SearchHit is its report's). */
export type LocatedHit = Pick<SearchHit, 'part' | 'section' | 'span' | 'snippet' | 'html'>;

/**
 * Whitespace-separated terms, quotes stripped, duplicates removed. Everything else is data: there is no query
 * syntax (no phrases, OR, NOT, prefixes or columns), every term must occur as written, all in one paragraph.
 * Control characters (NUL included) separate terms as spaces do: FTS5 reads a NUL as the end of its query.
 */
export function queryTerms(q: string): string[] {
  return [...new Set(q.split(/[\s\u3000\p{Cc}]+/u).map((t) => t.replace(/^["“”']+|["“”']+$/g, '')).filter(Boolean))];
}

/** The query's terms; none (quotes and spaces alone) is an invalid query. */
export function searchTerms(q: string): string[] {
  const terms = queryTerms(q);
  if (terms.length === 0) throw new QueryError(`nothing to find in ${JSON.stringify(q)} (quotes are stripped; give a word)`, 'q');
  return terms;
}

/**
 * The order of the reports search lists. When at most RELEVANCE_LIMIT reports hold every word, all of them are
 * known and ranked by relevance; when more do, they are listed newest first (year, then id), which a store can
 * produce by reading only the first of them. Either way the work is bounded by RELEVANCE_LIMIT + 1 texts read,
 * not by how many reports match, and the rule is the same on every backend.
 */
export const RELEVANCE_LIMIT = 50;

/** Occurrences of `term` in `text`, not overlapping (ababa holds aba once), as a reader counts them. */
export function occurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

/**
 * BM25's term-frequency weighting (k1 1.2, b 0.75), summed over the words: more occurrences count, each less than
 * the one before, and a long report needs more of them than a short one. Length is in characters against the mean
 * length of the reports ranked together. No inverse document frequency: every word must occur anyway.
 */
export function relevance(counts: number[], chars: number, meanChars: number): number {
  const norm = 1.2 * (0.25 + 0.75 * (chars / Math.max(1, meanChars)));
  let score = 0;
  for (const tf of counts) score += tf / (tf + norm);
  return score;
}

export interface MatchingReport {
  id: string;
  year: number | null;
  chars: number;
  /** Occurrences of each query word. */
  counts: number[];
}

/** Newest first: year descending (unknown years last), then id. */
export function newestFirst(a: { id: string; year: number | null }, b: { id: string; year: number | null }): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** All the matching reports (at most RELEVANCE_LIMIT of them), most relevant first; ties newest first. */
export function byRelevance<T extends MatchingReport>(reports: T[]): T[] {
  const mean = reports.reduce((s, r) => s + r.chars, 0) / Math.max(1, reports.length);
  const score = new Map(reports.map((r) => [r, relevance(r.counts, r.chars, mean)]));
  return [...reports].sort((a, b) => score.get(b)! - score.get(a)! || newestFirst(a, b));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Marks every occurrence of the terms in `s` (longest first). */
export function mark(s: string, terms: string[], open: string, close: string, escape = false): string {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  let out = '';
  for (let i = 0; i < s.length; ) {
    const t = sorted.find((x) => s.startsWith(x, i));
    if (t) {
      out += open + (escape ? esc(t) : t) + close;
      i += t.length;
    } else {
      out += escape ? esc(s[i]) : s[i];
      i++;
    }
  }
  return out;
}

/** Innermost section containing `pos` and its top-level ancestor (sections in pre-order). */
export function sectionAt(sections: SectionSpan[], pos: number): { part: string | null; section: string | null } {
  let inner: SectionSpan | null = null;
  for (const s of sections) if (s.span_start <= pos && pos < s.span_end) inner = s;
  if (!inner) return { part: null, section: null };
  const byOrd = new Map(sections.map((s) => [s.ord, s]));
  let top = inner;
  while (top.parent_ord !== null && byOrd.has(top.parent_ord)) top = byOrd.get(top.parent_ord)!;
  return { part: top.kind, section: inner.title };
}

/**
 * Occurrences of the first (longest) term that also have every other term within the same paragraph;
 * at most `perDocument`, in text order, optionally only in some parts.
 */
export function locateHits(
  text: string,
  terms: string[],
  sections: SectionSpan[],
  opts: { perDocument?: number; parts?: string[]; before?: number; after?: number } = {},
): LocatedHit[] {
  const per = opts.perDocument ?? 3;
  const before = opts.before ?? 16;
  const after = opts.after ?? 40;
  const anchor = [...terms].sort((a, b) => b.length - a.length)[0];
  const out: LocatedHit[] = [];
  for (let i = text.indexOf(anchor); i >= 0 && out.length < per; i = text.indexOf(anchor, i + anchor.length)) {
    const pStart = text.lastIndexOf('\n', i) + 1;
    const nl = text.indexOf('\n', i);
    const pEnd = nl < 0 ? text.length : nl;
    const para = text.slice(pStart, pEnd);
    if (!terms.every((t) => para.includes(t))) continue;
    const where = sectionAt(sections, i);
    if (opts.parts?.length && !opts.parts.includes(where.part ?? '')) continue;
    const a = Math.max(pStart, i - before);
    const b = Math.min(pEnd, i + anchor.length + after);
    const raw = text.slice(a, b);
    const pre = a > pStart ? '…' : '';
    const post = b < pEnd ? '…' : '';
    out.push({
      ...where,
      span: [i, i + anchor.length],
      snippet: pre + mark(raw, terms, '【', '】') + post,
      html: pre + mark(raw, terms, '<mark>', '</mark>', true) + post,
    });
  }
  return out;
}
