// Migration 006 on a library of the previous version (schema 005, pg_trgm's LIKE index): the trigram-set index is
// built over the texts already there, pg_trgm's index goes, and search finds the old reports exactly.
import { afterAll, expect, it } from 'vitest';
import { Migrator, sql, type MigrationProvider } from 'kysely';
import { openPostgres } from '../../src/store/postgres/open.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openLibrary } from '../../src/store/db.js';
import { search } from '../../src/store/search.js';
import { dropLibraries, newPostgresUrl } from '../support/backend.js';

afterAll(dropLibraries);

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

it('006 indexes the texts of a schema-005 library; search finds them; parts of a word are no match', async () => {
  const url = newPostgresUrl('migrate006');
  const old = await openPostgres(url, { migrate: false });
  const r = await new Migrator({ db: old.db, provider }).migrateTo('005_postgres_search');
  expect(r.error).toBeUndefined();
  const texts = ['2023年工作回顾\n平陆运河建设加快推进，西部陆海新通道加快建设。', '2024年工作安排\n陆运河与平陆二字分开出现，不成一词。'];
  for (const [i, text] of texts.entries()) {
    const id = `00000000000000a${i}`;
    await old.db
      .insertInto('documents')
      .values({ id, text_hash: id.repeat(4), sha256: id.repeat(4), source_path: `t${i}.txt`, source_id: null, url: null, title: null, format: 'txt', encoding: 'utf-8', genre: 'work_report', region: '钦州市', region_code: '450700', level: 'city', parent_region: null, parent_code: null, year: 2023 + i, review_year: null, date: null, meeting: null, speaker: null, chars: text.length, hints: null, extractor_version: 'old', ingested_at: '2024-01-01T00:00:00Z' })
      .execute();
    await old.db.insertInto('document_texts').values({ document_id: id, text }).execute();
  }
  await old.db.destroy();

  const lib = await openLibrary(url);
  try {
    const idx = await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('document_texts', 'documents')`.execute(lib.db);
    const names = idx.rows.map((x) => x.name);
    expect(names).toContain('document_texts_trigrams');
    expect(names).toContain('documents_newest');
    expect(names).not.toContain('document_texts_trgm');
    const hits = (await search(lib, { query: '平陆运河' })).hits;
    expect(hits.map((h) => h.document_id)).toEqual(['00000000000000a0']);
    expect(hits[0].snippet).toContain('【平陆运河】');
    expect((await search(lib, { query: '陆海新通道' })).hits).toHaveLength(1);
    // The second text holds 陆运河 and 平陆 but not 平陆运河: no match.
    expect((await search(lib, { query: '平陆运河 建设' })).hits.every((h) => h.document_id === '00000000000000a0')).toBe(true);
  } finally {
    await lib.close();
  }
});
