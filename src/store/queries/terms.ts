// terms: segments each filtered report with jieba (base dictionary + the words as a user dictionary) and counts.
import { createRequire } from 'node:module';
import type { Library } from '../db.js';
import { docConditions, type DocFilter } from './filters.js';
import { TEXT_COLUMNS, textOf } from '../texts.js';
import { countTerms, per10k, termsTable, userWords, USER_WORD_FREQ, type TermsRow } from '../../analysis/terms.js';
import { QueryError } from '../../model/errors.js';
import type { TermsResult } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

const require = createRequire(import.meta.url);

// jieba-rs compiled to WebAssembly (jieba-wasm): the same segmenter as @node-rs/jieba without per-platform
// binary packages, which a lock file made on one platform cannot list for another.
export function makeSegmenter(words: string[]): (text: string) => string[] {
  const jieba = require('jieba-wasm') as typeof import('jieba-wasm');
  for (const w of userWords(words)) jieba.add_word(w, USER_WORD_FREQ);
  return (text) => jieba.cut(text, false);
}

export type TermsQuery = DocFilter & { words: string[]; exact?: boolean };

export async function runTerms(lib: Library, q: TermsQuery): Promise<TermsRow[]> {
  const cut = makeSegmenter(q.words);
  const docs = await lib.db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .select(['documents.id', 'documents.region', 'documents.region_code', 'documents.year', 'documents.chars', ...TEXT_COLUMNS])
    .where((eb) => docConditions(eb as any, { ...q, oneReportPerRegionYear: true }))
    .orderBy('documents.region_code')
    .orderBy('documents.year')
    .orderBy('documents.id')
    .execute();
  return docs.map((d) => {
    const counts = countTerms(cut(textOf(d)), q.words, { exact: q.exact });
    return {
      document_id: d.id,
      region: d.region,
      code: d.region_code,
      year: d.year,
      chars: d.chars,
      counts,
      per10k: Object.fromEntries(q.words.map((w) => [w, per10k(counts[w], d.chars)])),
    };
  });
}

export async function termsAnswer(lib: Library, q: TermsQuery): Promise<Answer<TermsResult>> {
  if (q.words.length === 0) throw new QueryError('give at least one word', 'words');
  const rows = await runTerms(lib, q);
  return { name: 'terms', table: termsTable(rows, q.words), json: { rows } };
}
