// terms: attention indices — how often a report uses given words, per 10,000 characters. Pure counting over a
// segmentation (the caller runs jieba with the words added as a user dictionary).
//
// Counting rule: a word counts once for each token that equals it, and once for each token that CONTAINS it
// (a compound jieba keeps whole, e.g. 生态环境 for 生态, 环保局 for 环保). The user dictionary gives the words a
// high frequency, so jieba prefers cutting them out of longer runs (生态环保 -> 生态 / 环保: both counted).
// A word inside an unrelated longer token is still counted — the reading is "how often the report talks
// about X"; --exact counts equal tokens only. Frequency = count / characters of the normalised text × 10,000.

import type { TermsRow } from '../model/api/index.js';
import type { Table } from '../model/table.js';

/** The frequency the words get in the user dictionary: high, so jieba keeps each one whole. */
export const USER_WORD_FREQ = 1_000_000;

/**
 * The words as jieba dictionary entries: without spaces and control characters. (A word holding a NUL breaks
 * jieba-wasm for good: its next cut traps, "unreachable", and so does every later call in the process — in the
 * server, every /api/terms and /api/yoy request until a restart.)
 */
export function userWords(words: string[]): string[] {
  return words.map((w) => w.replace(/[\s\p{Cc}]+/gu, '')).filter(Boolean);
}

/** Words from a --dict file: one per line (jieba "word freq tag" lines accepted, # comments skipped). */
export function parseWordList(source: string): string[] {
  const out: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const w = line.replace(/#.*$/, '').trim().split(/\s+/)[0];
    if (w) out.push(w);
  }
  return [...new Set(out)];
}

export function countTerms(tokens: string[], words: string[], opts: { exact?: boolean } = {}): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(words.map((w) => [w, 0]));
  const wanted = new Set(words);
  for (const t of tokens) {
    if (wanted.has(t)) {
      counts[t]++;
      if (opts.exact) continue;
    }
    if (opts.exact || t.length < 2) continue;
    for (const w of words) {
      if (w === t || w.length >= t.length) continue;
      // every occurrence inside the token
      for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length)) counts[w]++;
    }
  }
  return counts;
}

export type { TermsRow };

export function per10k(count: number, chars: number): number {
  return chars > 0 ? Math.round((count / chars) * 10000 * 1000) / 1000 : 0;
}

export function termsTable(rows: TermsRow[], words: string[]): Table {
  return {
    columns: ['region', 'code', 'year', 'chars', ...words.map((w) => `${w}`), ...words.map((w) => `${w}/万字`), 'document_id'],
    rows: rows.map((r) => [r.region, r.code, r.year, r.chars, ...words.map((w) => r.counts[w]), ...words.map((w) => r.per10k[w]), r.document_id]),
  };
}
