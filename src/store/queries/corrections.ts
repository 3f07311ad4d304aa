// The audit trail of reviews as a table: newest first, what each changed and why.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { listCorrections, type CorrectionFilter } from '../corrections.js';
import type { CorrectionList } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

const COLUMNS = ['created_at', 'document_id', 'region', 'year', 'target', 'anchor', 'action', 'before', 'after', 'note', 'span_start', 'span_end', 'id'];

export async function correctionsAnswer(db: Kysely<Database>, f: CorrectionFilter): Promise<Answer<CorrectionList>> {
  const corrections = await listCorrections(db, f);
  const rows = corrections.map((c) => [
    c.created_at,
    c.document_id,
    c.region,
    c.year,
    c.target,
    c.anchor_indicator,
    c.action,
    JSON.stringify(c.before),
    JSON.stringify(c.after),
    c.note,
    c.span_start,
    c.span_end,
    c.id,
  ]);
  return { name: 'corrections', table: { columns: COLUMNS, rows }, json: { corrections } };
}
